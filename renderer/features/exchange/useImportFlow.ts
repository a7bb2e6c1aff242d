/* The steps of importing one package: check in the worker, ask to trust a new key, merge. */
import { useCallback, useRef, useState } from 'react';
import {
  ExchangeError,
  type ExchangeRefusal,
  type Manifest,
} from '../../../shared/exchange/format';
import type { CheckedPackage, ExchangeSession } from '../../exchange/exchange-client';

export type ImportStep =
  | { step: 'idle' }
  | { step: 'checking' }
  | { step: 'trust'; checked: CheckedPackage }
  | { step: 'refused'; code: ExchangeRefusal | 'failed' }
  | { step: 'done'; manifest: Manifest; changed: number };

const codeOf = (error: unknown) => (error instanceof ExchangeError ? error.code : 'failed');

export function useImportFlow(workspaceId: string) {
  const [state, setState] = useState<ImportStep>({ step: 'idle' });
  /** Packages chosen so far (a test waits for the next one's outcome, not the last one's). */
  const [attempts, setAttempts] = useState(0);
  const session = useRef<ExchangeSession | null>(null);

  const finish = useCallback(
    async (checked: CheckedPackage, trust: boolean) => {
      try {
        const result = await session.current!.import(workspaceId, trust);
        setState({ step: 'done', manifest: checked.manifest, changed: result.changed });
      } catch (error) {
        setState({ step: 'refused', code: codeOf(error) });
      } finally {
        session.current?.close();
        session.current = null;
      }
    },
    [workspaceId],
  );

  /** Checks the package; a known key goes straight on to the merge. */
  const start = useCallback(
    async (read: () => Promise<Uint8Array>) => {
      session.current?.close();
      setAttempts((n) => n + 1);
      setState({ step: 'checking' });
      try {
        const bytes = await read();
        const { ExchangeSession } = await import('../../exchange/exchange-client');
        session.current = new ExchangeSession();
        const checked = await session.current.check(bytes.slice().buffer, workspaceId);
        if (checked.decision.kind === 'refuse') throw new ExchangeError(checked.decision.code);
        if (checked.decision.kind === 'ask-trust') setState({ step: 'trust', checked });
        else await finish(checked, false);
      } catch (error) {
        session.current?.close();
        session.current = null;
        setState({ step: 'refused', code: codeOf(error) });
      }
    },
    [finish, workspaceId],
  );

  const trust = useCallback(() => {
    if (state.step === 'trust') void finish(state.checked, true);
  }, [finish, state]);

  const cancel = useCallback(() => {
    session.current?.close();
    session.current = null;
    setState({ step: 'idle' });
  }, []);

  return { state, attempts, start, trust, cancel };
}
