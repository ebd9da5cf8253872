// Imported first by the content script's entry: ES modules evaluate their imports in order, so
// this mark is set before any other module of the content script runs (the classifier's index,
// the adapters). What it does not cover is the browser fetching and compiling the script's files.
performance.mark('tracklight:start');
