// A minimal WebAssembly binary writer for the generated kernels: one module with an imported
// memory and exported functions, written byte by byte (the engine is hand-written, so is its
// assembler; no toolchain at build or run time). Only the instructions the kernels use are here.
// Every f64 instruction is an IEEE 754 operation exactly as JavaScript's (+, −, ×, ÷, comparisons,
// min/max of the relu); fused multiply-add and relaxed SIMD are never emitted.

/** Unsigned LEB128. */
export function uleb(n: number): number[] {
  const out: number[] = [];
  do {
    let byte = n & 0x7f;
    n >>>= 7;
    if (n !== 0) byte |= 0x80;
    out.push(byte);
  } while (n !== 0);
  return out;
}

/** Signed LEB128 of a 32-bit integer. */
export function sleb(n: number): number[] {
  const out: number[] = [];
  for (;;) {
    const byte = n & 0x7f;
    n >>= 7;
    const done = (n === 0 && (byte & 0x40) === 0) || (n === -1 && (byte & 0x40) !== 0);
    out.push(done ? byte : byte | 0x80);
    if (done) return out;
  }
}

const f64Bytes = new DataView(new ArrayBuffer(8));

export const I32 = 0x7f;
export const F64 = 0x7c;
export const V128 = 0x7b;
export type ValType = typeof I32 | typeof F64 | typeof V128;

/** Instructions, appended to one byte array. Method names follow the text format. */
export class Code {
  readonly bytes: number[] = [];
  private readonly locals: ValType[] = [];
  /** Where statements end: after every local.set and store (the kernels leave nothing else on the stack). */
  private readonly ends: number[] = [];

  /** `shared`: a function whose locals this code allocates (see statements). */
  constructor(
    private readonly nParams: number,
    private readonly shared?: Code,
  ) {}

  /** A new local of the given type; returns its index. */
  local(type: ValType): number {
    if (this.shared) return this.shared.local(type);
    this.locals.push(type);
    return this.nParams + this.locals.length - 1;
  }

  /** The instructions cut into statements (each leaves the stack as it found it). */
  statements(): number[][] {
    const out: number[][] = [];
    let from = 0;
    for (const end of [...this.ends, this.bytes.length]) {
      if (end > from) out.push(this.bytes.slice(from, end));
      from = end;
    }
    return out;
  }

  private endStatement(): this {
    this.ends.push(this.bytes.length);
    return this;
  }

  op(...b: number[]): this {
    for (const x of b) this.bytes.push(x);
    return this;
  }
  get(i: number): this {
    return this.op(0x20, ...uleb(i));
  }
  set(i: number): this {
    return this.op(0x21, ...uleb(i)).endStatement();
  }
  tee(i: number): this {
    return this.op(0x22, ...uleb(i));
  }
  i32(n: number): this {
    return this.op(0x41, ...sleb(n));
  }
  f64(x: number): this {
    f64Bytes.setFloat64(0, x, true);
    this.bytes.push(0x44);
    for (let k = 0; k < 8; k++) this.bytes.push(f64Bytes.getUint8(k));
    return this;
  }
  /** f64.load / f64.store with a constant byte offset from the address on the stack. */
  load(offset: number): this {
    return this.op(0x2b, 3, ...uleb(offset));
  }
  store(offset: number): this {
    return this.op(0x39, 3, ...uleb(offset)).endStatement();
  }
  loadI32(offset: number): this {
    return this.op(0x28, 2, ...uleb(offset));
  }
  /** v128.load / v128.store (alignment hint 8 bytes: the kernels' pairs of doubles). */
  loadV(offset: number): this {
    return this.op(0xfd, 0x00, 3, ...uleb(offset));
  }
  storeV(offset: number): this {
    return this.op(0xfd, 0x0b, 3, ...uleb(offset)).endStatement();
  }
  /** v128.load64_splat: one double into both lanes. */
  loadSplat(offset: number): this {
    return this.op(0xfd, 0x0a, 3, ...uleb(offset));
  }
  simd(...opcodes: number[]): this {
    for (const o of opcodes) this.op(0xfd, ...uleb(o));
    return this;
  }
  /**
   * The same double in both lanes. Each constant is a local set once at the function's start:
   * V8 rebuilds a v128.const at every use (up to four instructions for 1.0), a local it keeps in
   * a register or reads as a memory operand.
   */
  splatConst(x: number): this {
    return this.get((this.shared ?? this).constLocal(x));
  }

  private readonly consts = new Map<number, number>();
  private readonly prologue: number[] = [];

  private constLocal(x: number): number {
    let l = this.consts.get(x);
    if (l === undefined) {
      l = this.local(V128);
      this.consts.set(x, l);
      f64Bytes.setFloat64(0, x, true);
      this.prologue.push(0xfd, ...uleb(0x0c));
      for (let lane = 0; lane < 2; lane++) {
        for (let k = 0; k < 8; k++) this.prologue.push(f64Bytes.getUint8(k));
      }
      this.prologue.push(0x21, ...uleb(l));
    }
    return l;
  }
  /** i8x16.shuffle taking double `a` (0–3: lanes of the first operand, then the second) and `b`. */
  shuffle(a: number, b: number): this {
    this.op(0xfd, 0x0d);
    for (const lane of [a, b]) for (let k = 0; k < 8; k++) this.bytes.push(8 * lane + k);
    return this;
  }
  end(): this {
    return this.op(0x0b);
  }
  /** call: a function of the same module, by its index (ours return nothing). */
  call(index: number): this {
    return this.op(OP.call, ...uleb(index)).endStatement();
  }

  /** The function body: locals grouped by type, then the instructions. */
  body(): number[] {
    const groups: [number, ValType][] = [];
    for (const t of this.locals) {
      const last = groups[groups.length - 1];
      if (last && last[1] === t) last[0]++;
      else groups.push([1, t]);
    }
    const decl = [...uleb(groups.length), ...groups.flatMap(([n, t]) => [...uleb(n), t])];
    const all = [...decl, ...this.prologue, ...this.bytes, 0x0b];
    return [...uleb(all.length), ...all];
  }
}

/** Opcodes by their text-format names (those the kernels use). */
export const OP = {
  block: [0x02, 0x40],
  loop: [0x03, 0x40],
  if: [0x04, 0x40],
  br: 0x0c,
  call: 0x10,
  drop: 0x1a,
  brIf: 0x0d,
  select: 0x1b,
  i32Eq: 0x46,
  i32Add: 0x6a,
  i32Sub: 0x6b,
  i32Mul: 0x6c,
  i32Shl: 0x74,
  i32LtS: 0x48,
  i32GtS: 0x4a,
  i32GeS: 0x4e,
  f64Lt: 0x63,
  f64Gt: 0x64,
  f64Add: 0xa0,
  f64Sub: 0xa1,
  f64Mul: 0xa2,
  f64Div: 0xa3,
  f64Max: 0xa5,
  f64ConvertI32S: 0xb7,
  /** i32.trunc_sat_f64_s: NaN gives 0, as JavaScript's `x | 0` does. */
  i32TruncSatF64S: [0xfc, 0x02],
} as const;

/** SIMD opcodes (after the 0xfd prefix), by their text-format names. */
export const SIMD = {
  i32x4Splat: 0x11,
  f64x2Splat: 0x14,
  i32x4ExtractLane: 0x1b,
  f64x2ExtractLane: 0x21,
  f64x2Lt: 0x49,
  f64x2Gt: 0x4a,
  v128And: 0x4e,
  v128Bitselect: 0x52,
  f64x2Neg: 0xed,
  f64x2Sqrt: 0xef,
  i32x4Shl: 0xab,
  i32x4Add: 0xae,
  f64x2Add: 0xf0,
  f64x2Sub: 0xf1,
  f64x2Mul: 0xf2,
  f64x2Div: 0xf3,
  f64x2Min: 0xf4,
  f64x2Max: 0xf5,
  /** pmin(a, b) = b < a ? b : a, pmax(a, b) = a < b ? b : a: JavaScript's clamps exactly. */
  f64x2Pmin: 0xf6,
  f64x2Pmax: 0xf7,
  i32x4TruncSatF64x2SZero: 0xfc,
  f64x2ConvertLowI32x4S: 0xfe,
} as const;

export interface WasmFunction {
  name: string;
  params: ValType[];
  code: Code;
}

function section(id: number, content: number[]): number[] {
  return [id, ...uleb(content.length), ...content];
}

function vec(items: number[][]): number[] {
  return [...uleb(items.length), ...items.flat()];
}

function name(s: string): number[] {
  const b = [...new TextEncoder().encode(s)];
  return [...uleb(b.length), ...b];
}

/** A module importing memory `env.memory` (at least `pages` pages) and exporting `fns` (no results). */
export function wasmModule(fns: readonly WasmFunction[], pages: number): Uint8Array {
  const types = fns.map((f) => [0x60, ...uleb(f.params.length), ...f.params, 0]);
  const memImport = [...name('env'), ...name('memory'), 0x02, 0x00, ...uleb(pages)];
  const bytes = [
    ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00],
    ...section(1, vec(types)),
    ...section(2, vec([memImport])),
    ...section(3, vec(fns.map((_, i) => uleb(i)))),
    ...section(7, vec(fns.map((f, i) => [...name(f.name), 0x00, ...uleb(i)]))),
    ...section(10, vec(fns.map((f) => f.code.body()))),
  ];
  return new Uint8Array(bytes);
}
