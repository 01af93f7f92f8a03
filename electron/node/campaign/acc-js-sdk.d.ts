// Adobe's SDK ships no typings; sdk.ts narrows the module to the slice this tool uses.
declare module '@adobe/acc-js-sdk';
