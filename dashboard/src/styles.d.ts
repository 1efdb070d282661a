// Stylesheets are imported for esbuild, which bundles them into the page's one .css file.
declare module '*.css';
