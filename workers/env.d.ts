// Vite replaces `import.meta.env.MODE` at build time ('production', or 'e2e' for the browser
// tests' build), so code for tests only is left out of the shipped bundle.
interface ImportMetaEnv {
  readonly MODE: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
