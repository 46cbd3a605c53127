// The type of `t`, in a module without JSX so that the exchange layer and the Node-side tests can
// name it (i18n.tsx, the React side, re-exports it).
import type { MessageKey } from './messages';

/** Values for a message's {placeholders}; a number among them may choose a plural form (plural.ts). */
export type Params = Record<string, string | number>;

/** `t` as the layers that receive it (exchange, queries) name it. */
export type Translate = (key: MessageKey, params?: Params) => string;
