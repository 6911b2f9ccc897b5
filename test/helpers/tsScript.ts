/**
 * Node's arguments to run one of our TypeScript scripts in a child process, as package.json does.
 *
 * `--conditions` picks Lexical's development or production build directly: its default Node
 * entry (`*.node.mjs`) chooses between them with a top-level await of a dynamic import, and on
 * Node 20 a graph of such modules importing each other sometimes never settles, so the script
 * exits 13 ("unsettled top-level await") with nothing printed (README, "Scripts on Node 20").
 */
export const tsScriptArgs = (
  script: string,
  nodeEnv: 'development' | 'production' = 'development',
): string[] => [
  `--conditions=${nodeEnv}`,
  '--import',
  '@swc-node/register/esm-register',
  script,
]
