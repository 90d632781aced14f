// `cem analyze` (npm run manifest; the `cem` of @custom-elements-manifest/analyzer): custom-elements.json from the components' JSDoc, the one source of
// the README's element tables (npm run docs) and of editors' and frameworks' tooling.
const toDist = (path) => path.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js');

export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/components/**/*.styles.ts'],
  litelement: true,
  // package.json's `customElements` is written by hand: the analyzer would point it at any --outdir (the README test's temporary one).
  packagejson: false,
  plugins: [
    {
      // The package ships dist/, not src/: point every module and reference at the built files.
      name: 'paths-to-dist',
      packageLinkPhase({ customElementsManifest }) {
        const visit = (node) => {
          if (Array.isArray(node)) node.forEach(visit);
          else if (node && typeof node === 'object') {
            for (const [key, value] of Object.entries(node)) {
              if ((key === 'path' || key === 'module') && typeof value === 'string') node[key] = toDist(value);
              else visit(value);
            }
          }
        };
        visit(customElementsManifest.modules);
        // A dispatch of a typed event class is found without its name; every event is documented with @fires.
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (declaration.events) declaration.events = declaration.events.filter((event) => event.name);
          }
        }
      },
    },
  ],
};
