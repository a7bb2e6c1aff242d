import { Table, type TableProps } from '@mantine/core';
import type { ReactNode } from 'react';

export interface DataTableProps extends TableProps {
  /** Column titles of the one header row, left to right; `null` leaves a column untitled. */
  head: ReactNode[];
  /** The body rows (`Table.Tr`). */
  children: ReactNode;
}

/** A Mantine table with one header row of titles and the given body rows. */
export function DataTable({ head, children, ...props }: DataTableProps) {
  return (
    <Table {...props}>
      <Table.Thead>
        <Table.Tr>
          {head.map((title, i) => (
            // The titles are a fixed list for the life of the table: the position is the identity.
            <Table.Th key={i}>{title}</Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>{children}</Table.Tbody>
    </Table>
  );
}
