// The UI's translate function as the domain sees it. The domain may not import i18n, so a module
// that words a text names the keys it uses (K); where a feature hands it i18n's `t`, which takes
// every MessageKey, the compiler checks that each of those keys exists.
export type Translate<K extends string> = (
  key: K,
  params?: Record<string, string | number>,
) => string;
