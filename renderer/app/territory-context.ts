import { createContext, useContext } from 'react';
import type { Territory } from '../../shared/schemas/territory';

export const TerritoryContext = createContext<Territory | null>(null);

/** The territory the clerk works on; only inside the frame. */
export function useTerritory(): Territory {
  const territory = useContext(TerritoryContext);
  if (!territory) throw new Error('useTerritory outside the frame');
  return territory;
}
