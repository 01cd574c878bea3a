// Turns generated kernel source into a function, shared by kernels.ts and netKernels.ts. Each
// kernel gets a name derived from its key (e.g. `reglab_net_train_tanh_2x8_0_16_…`), so profiles,
// V8's optimization traces and stack traces say which kernel they mean instead of "anonymous".
// Sources are built only from validated integers and fixed activation names.

export function compileKernel<K>(key: string, params: readonly string[], body: string): K {
  const name = `reglab_${key.replace(/[^A-Za-z0-9]+/g, '_')}`;
  // eslint-disable-next-line no-new-func, @typescript-eslint/no-implied-eval -- validated integers only
  const make = new Function(
    `return function ${name}(${params.join(', ')}) {\n${body}\n};`,
  ) as () => K;
  return make();
}

/** "f(0), f(1), …, f(n − 1)" joined by `sep`: the generators' building block. */
export function list(n: number, f: (i: number) => string, sep = ', '): string {
  return Array.from({ length: n }, (_, i) => f(i)).join(sep);
}
