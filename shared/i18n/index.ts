/*
 * The ru, ky and en catalogues (architecture A10), one JSON file per namespace and language, so
 * that features add text without touching each other's files. Each language is also a module of
 * its own (ru.ts, ky.ts, en.ts): the renderer loads only the language in use at start-up. To add a
 * namespace, add its JSON in all three folders and one import line to each language module.
 */
import type { Language } from '../languages';
import en from './en';
import ky from './ky';
import ru from './ru';

type Catalogue = { [key: string]: string | Catalogue };

/** Every namespace of every language. */
export const resources = { ru, ky, en } satisfies Record<Language, Record<string, Catalogue>>;

export type Namespace = keyof (typeof resources)['ru'];
export const NAMESPACES = Object.keys(resources.ru) as Namespace[];
