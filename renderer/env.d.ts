// Vite bundles the stylesheets imported by main.ts; TypeScript only needs to know such imports exist.
declare module '*.css';
