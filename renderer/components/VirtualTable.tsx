/*
 * The one table for long lists (architecture A13): TanStack Table holds the columns and rows,
 * TanStack Virtual draws only the rows in view, so a list of 100,000 entries opens and scrolls
 * like one of 30. It stays a table to a screen reader — role grid with aria-rowcount, each drawn
 * row with its aria-rowindex; a tree grid when rows open a detail, each such row of level 1 with
 * aria-expanded and its detail the row of level 2 under it — and to the keyboard: one row is in
 * the Tab order, the arrows, Page Up/Down, Home and End move between rows (scrolling the list),
 * Enter opens or closes a row's detail (→ opens, ← closes, as in a tree).
 * A row may be a heading of the rows after it (a group's title, one header cell across the row).
 */
import { Table, type TableProps } from '@mantine/core';
import {
  createColumnHelper,
  flexRender,
  tableFeatures,
  useTable,
  type ColumnDef,
  type RowData,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type KeyboardEvent,
  type ReactNode,
} from 'react';

/** One column: its title and how a row's cell is drawn. */
export interface VirtualColumn<T> {
  id: string;
  header: ReactNode;
  cell: (row: T) => ReactNode;
  /** CSS width of the column (e.g. `9rem`); the rest share what is left. */
  width?: string;
  /** Class of the column's cells (e.g. right-aligned numbers). */
  className?: string;
  /** How many columns a row's cell spans (0: covered by a cell before it); 1 when not given. */
  span?: (row: T) => number;
}

export interface VirtualTableProps<T extends RowData> extends Omit<
  TableProps,
  'children' | 'onToggle'
> {
  rows: readonly T[];
  columns: readonly VirtualColumn<T>[];
  rowId: (row: T) => string;
  /** The table's accessible name. */
  label: string;
  /** A row's height before it is measured, in px. */
  rowHeight?: number;
  /** Largest height of the scrolling area (CSS); a short list takes only what it needs. */
  maxHeight?: string;
  /** A row's detail drawn under it (a second row spanning every column), or null. */
  detail?: (row: T) => ReactNode;
  /** Opens or closes a row's detail (Enter on the row). */
  onToggle?: (row: T) => void;
  'data-testid'?: string;
  rowTestId?: string;
  /** Keys on a row before the table's own (a handler that calls preventDefault keeps them). */
  onRowKeyDown?: (event: KeyboardEvent<HTMLTableRowElement>, row: T) => void;
  /** The id of a row to scroll into view whenever it changes (a row just added). */
  reveal?: string | null;
  /** A row's own style (a dimmed inactive member). */
  rowStyle?: (row: T) => CSSProperties | undefined;
  /** A row's own attributes (`data-*`, a test id of its kind), over `rowTestId`. */
  rowProps?: (row: T) => RowAttributes;
  /** A heading row among the others (a group's title): one cell across every column, or null. */
  heading?: (row: T) => ReactNode;
  /**
   * The first rows are drawn at `rowHeight` and measured only after their first paint: measuring
   * them as they mount forced a style and layout pass inside the render (issue 15 bench).
   */
  measureAfterPaint?: boolean;
}

/** The attributes a row may carry besides those the table gives it. */
export type RowAttributes = Record<`data-${string}`, string | undefined>;

const features = tableFeatures({});
const classes = Table.classes;
const PAGE = 10;

/** A virtual, keyboard-navigable table of many rows (see the module comment). */
export function VirtualTable<T extends RowData>({
  rows,
  columns,
  rowId,
  label,
  rowHeight = 37,
  maxHeight = '65vh',
  detail,
  onToggle,
  rowTestId,
  rowStyle,
  rowProps,
  heading,
  onRowKeyDown,
  reveal,
  measureAfterPaint = false,
  ...props
}: VirtualTableProps<T>) {
  const helper = useMemo(() => createColumnHelper<typeof features, T>(), []);
  const defs = useMemo(
    () =>
      columns.map((column) =>
        helper.display({
          id: column.id,
          header: () => column.header,
          cell: (c) => column.cell(c.row.original),
        }),
      ) as ColumnDef<typeof features, T>[],
    [columns, helper],
  );
  const scroller = useRef<HTMLDivElement>(null);
  // Rows not yet drawn are taken to be as high as the first one measured: with a guess that is
  // off by a pixel, every row drawn after a filter is measured as a change of size and the whole
  // screenful drawn a second time (issue 18).
  const typical = useRef<number | null>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => typical.current ?? rowHeight,
    getItemKey: (index) => rowId(rows[index]!),
    overscan: 4,
  });
  const measure = useCallback(
    (node: HTMLTableSectionElement | null) => {
      if (node && typical.current === null && node.rows.length === 1)
        typical.current = node.getBoundingClientRect().height;
      virtualizer.measureElement(node);
    },
    [virtualizer],
  );
  const items = virtualizer.getVirtualItems();
  const measuring = useMeasuring(measureAfterPaint, items.length > 0);
  const first = items[0]?.index ?? 0;
  // The table is given the rows in view only: its row model is built per change of the data, and
  // building it for 10,000 matching entries took longer than filtering all 100,000 (issue 18).
  const inView = useMemo(
    () => rows.slice(first, first + items.length),
    [rows, first, items.length],
  );
  const table = useTable({
    features,
    columns: defs,
    data: inView as T[],
    getRowId: (row) => rowId(row),
  });
  const model = table.getRowModel().rows;
  const [active, setActive] = useState(0);
  const focusPending = useRef(false);
  const current = Math.min(active, Math.max(0, rows.length - 1));

  // After a key moved the active row (and maybe scrolled it into view), focus it once drawn.
  useEffect(() => {
    if (!focusPending.current) return;
    const row = scroller.current?.querySelector<HTMLElement>(`tr[data-row="${current}"]`);
    if (row) {
      focusPending.current = false;
      row.focus();
    }
  });

  const move = (to: number) => {
    const index = Math.max(0, Math.min(rows.length - 1, to));
    setActive(index);
    focusPending.current = true;
    virtualizer.scrollToIndex(index, { align: 'auto' });
  };
  useEffect(() => {
    const index = reveal ? rows.findIndex((row) => rowId(row) === reveal) : -1;
    if (index >= 0) virtualizer.scrollToIndex(index, { align: 'auto' });
    // Only a new id to reveal (or its row arriving) scrolls, not every change of the rows.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [reveal, reveal ? rows.some((row) => rowId(row) === reveal) : false]);

  const onKeyDown = (
    event: KeyboardEvent<HTMLTableRowElement>,
    index: number,
    open: boolean,
    title: boolean,
  ) => {
    if (event.target !== event.currentTarget) return;
    onRowKeyDown?.(event, rows[index]!);
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    const to: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      PageDown: index + PAGE,
      PageUp: index - PAGE,
      Home: 0,
      End: rows.length - 1,
    };
    if (event.key in to) {
      event.preventDefault();
      move(to[event.key]!);
    } else if (
      onToggle &&
      !title &&
      (event.key === 'Enter' ||
        (event.key === 'ArrowRight' && !open) ||
        (event.key === 'ArrowLeft' && open))
    ) {
      // Enter opens or closes the detail; as in any tree, → opens it and ← closes it.
      event.preventDefault();
      onToggle(rows[index]!);
    }
  };

  const top = items[0]?.start ?? 0;
  const bottom = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0);
  const headers = table.getHeaderGroups()[0]?.headers ?? [];
  // Rows that open a detail make the table a tree grid (ARIA allows aria-expanded on a row only
  // there): each row is of level 1, its detail the row of level 2 under it.
  const tree = Boolean(onToggle);
  // The body is drawn in plain elements with Mantine's own classes and data attributes: a
  // screenful is redrawn on every key typed into a filter, and a Mantine component per cell
  // cost most of that (issue 18). Stripes follow the row's place in the whole list (each row
  // is a row group of its own, so the stylesheet's nth-of-type would stripe them all).
  const { striped, highlightOnHover, withRowBorders = true, withColumnBorders } = props;
  const cellBorder = withColumnBorders ? true : undefined;
  return (
    <div ref={scroller} style={{ maxHeight, overflow: 'auto' }}>
      <Table
        role={tree ? 'treegrid' : 'grid'}
        aria-label={label}
        aria-rowcount={rows.length + 1}
        style={{ tableLayout: 'fixed' }}
        {...props}
      >
        <Table.Thead
          style={{ position: 'sticky', top: 0, zIndex: 1, background: 'var(--mantine-color-body)' }}
        >
          <Table.Tr aria-rowindex={1}>
            {headers.map((header, i) => (
              <Table.Th key={header.id} style={{ width: columns[i]?.width }}>
                {flexRender(header.column.columnDef.header, header.getContext())}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        {top > 0 && <Spacer height={top} />}
        {items.map((item, i) => {
          const row = model[i];
          if (!row) return null;
          const open = detail?.(row.original);
          const title = heading?.(row.original);
          const rowAttributes = {
            'data-striped': striped && item.index % 2 === 0 ? 'odd' : undefined,
            'data-hover': highlightOnHover ? true : undefined,
            'data-with-row-border': withRowBorders ? true : undefined,
          };
          // Each row with its detail is one row group, measured as one item.
          return (
            <tbody
              key={row.id}
              className={classes.tbody}
              ref={measuring ? measure : undefined}
              data-index={item.index}
            >
              <tr
                className={classes.tr}
                {...rowAttributes}
                data-row={item.index}
                data-testid={rowTestId}
                {...rowProps?.(row.original)}
                style={rowStyle?.(row.original)}
                aria-rowindex={item.index + 2}
                aria-level={tree ? 1 : undefined}
                aria-expanded={tree && !title ? Boolean(open) : undefined}
                tabIndex={item.index === current ? 0 : -1}
                onFocus={() => setActive(item.index)}
                onKeyDown={(e) => onKeyDown(e, item.index, Boolean(open), Boolean(title))}
              >
                {title ? (
                  <th className={classes.th} colSpan={columns.length}>
                    {title}
                  </th>
                ) : (
                  row.getAllCells().map((cell, c) => {
                    const span = columns[c]?.span?.(row.original) ?? 1;
                    const className = columns[c]?.className;
                    return span === 0 ? null : (
                      <td
                        key={cell.id}
                        className={className ? `${classes.td} ${className}` : classes.td}
                        data-with-column-border={cellBorder}
                        colSpan={span > 1 ? span : undefined}
                      >
                        {flexRender(cell.column.columnDef.cell, cell.getContext())}
                      </td>
                    );
                  })
                )}
              </tr>
              {open && (
                <tr
                  className={classes.tr}
                  data-with-row-border={rowAttributes['data-with-row-border']}
                  aria-level={tree ? 2 : undefined}
                >
                  <td
                    className={classes.td}
                    data-with-column-border={cellBorder}
                    colSpan={columns.length}
                  >
                    {open}
                  </td>
                </tr>
              )}
            </tbody>
          );
        })}
        {bottom > 0 && <Spacer height={bottom} />}
      </Table>
    </div>
  );
}

/** Whether rows are measured: at once, or (`afterPaint`) from the task after their first paint. */
function useMeasuring(afterPaint: boolean, drawn: boolean): boolean {
  const [painted, setPainted] = useState(!afterPaint);
  useEffect(() => {
    if (painted || !drawn) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setPainted(true));
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [painted, drawn]);
  return painted;
}

/** The height of the rows above or below the drawn ones, outside the accessibility tree. */
function Spacer({ height }: { height: number }) {
  return (
    <tbody aria-hidden role="presentation">
      <tr style={{ height }} />
    </tbody>
  );
}
