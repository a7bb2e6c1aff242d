import { Table } from '@mantine/core';
import type { ReactNode } from 'react';

export interface SideBySideRow {
  key: string;
  label: ReactNode;
  cells: ReactNode[];
  /** The city's figure; omitted where a city figure makes no sense. */
  city?: ReactNode;
  bold?: boolean;
}

/** A table with one column per district and the city's column last. */
export function SideBySide({
  testId,
  corner,
  districts,
  city,
  rows,
  text = false,
}: {
  testId: string;
  /** Cells of text (names), set to the left; figures go right. */
  text?: boolean;
  corner: string;
  districts: string[];
  /** The city column's header; no city column without it. */
  city?: string;
  rows: SideBySideRow[];
}) {
  return (
    <Table.ScrollContainer minWidth={600}>
      <Table striped withTableBorder withColumnBorders fz="sm" data-testid={testId}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{corner}</Table.Th>
            {districts.map((name, i) => (
              <Table.Th key={i} ta={text ? 'left' : 'right'}>
                {name}
              </Table.Th>
            ))}
            {city !== undefined && <Table.Th ta="right">{city}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.key} data-row={row.key} fw={row.bold ? 700 : undefined}>
              <Table.Td>{row.label}</Table.Td>
              {row.cells.map((cell, i) => (
                <Table.Td key={i} ta={text ? 'left' : 'right'} data-district={i}>
                  {cell}
                </Table.Td>
              ))}
              {city !== undefined && (
                <Table.Td ta="right" data-district="city">
                  {row.city}
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
