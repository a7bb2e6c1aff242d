import { Alert, List } from '@mantine/core';
import type { DocumentModel } from '../../shared/documents/model';

/**
 * Why a document may not be printed yet, and what to fix, above the preview. On paper it stands
 * alone: print CSS hides the document behind it (document.css, `.doc-refused`), so even the
 * browser's own Print puts out no figures that lack their explanation.
 */
export function RefusalNotice({ refusal }: { refusal: NonNullable<DocumentModel['refusal']> }) {
  return (
    <Alert
      color="red"
      role="alert"
      className="doc-refusal"
      data-testid="document-refusal"
      maw="210mm"
      mx="auto"
      mt="md"
    >
      {refusal.message}
      <List mt="xs" size="sm">
        {refusal.items.map((item, index) => (
          <List.Item key={index} data-testid="document-refusal-item">
            {item}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
