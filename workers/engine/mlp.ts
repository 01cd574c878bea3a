// The network's passes over a batch, layer by layer (each layer sees the whole batch, which batch
// norm needs and which lets one kernel call keep a layer's weights in registers for every row).
// Training mode: batch statistics, dropout masks. Evaluation mode: batch norm folded into the
// weights, no dropout.
import { TANH_TABLE, activate, sigmoidFast } from './activations';
import { batchNormBackward, batchNormForward, foldBatchNorm } from './batchnorm';
import type { BackwardKernel, ForwardKernel } from './referenceKernels';
import type { LayerLayout, NetworkLayout } from './network';
import type { Rng } from './rng';
import { exp, log1p } from './detMath';
import type { KernelFlavour } from './mlpKernels';
import { mlpKernels } from './mlpKernels';
import type { EvalNetKernel, TrainNetKernel } from './referenceNetKernels';
import type { WasmNetKernels } from './wasmNet';
import type { OptimizerMemory } from './optimizer';

/** Rows per evaluation chunk: small enough that a chunk's activations stay in cache. */
const EVAL_CHUNK = 512;

interface LayerBuffers {
  /** Activation outputs before dropout (logits for the output layer). */
  A: Float64Array;
  /** Outputs after dropout, the next layer's input (A itself when dropout is off). */
  D: Float64Array;
  M: Float64Array;
  /** ∂L/∂Z for this layer. */
  G: Float64Array;
  xhat: Float64Array;
  invStd: Float64Array;
  evalA: Float64Array;
}

export class Mlp {
  readonly params: Float64Array;
  readonly grads: Float64Array;
  readonly stats: Float64Array;
  /** Evaluation copy of the parameters with batch norm folded in. */
  private readonly evalParams: Float64Array;
  private readonly buffers: LayerBuffers[];
  private readonly capacity: number;
  /** Kernels per layer, resolved once: [without dropout, with dropout]. */
  private readonly fwdTrain: [ForwardKernel, ForwardKernel][];
  private readonly fwdEval: ForwardKernel[];
  private readonly bwdTrain: [BackwardKernel, BackwardKernel][];
  /** Whole-network kernels (netKernels.ts) where they apply, else null: the layer path runs. */
  private readonly trainNet: TrainNetKernel | null;
  private readonly evalNet: EvalNetKernel | null;
  private readonly probNet: EvalNetKernel | null;
  /** Where an Optimizer of these parameters keeps its moments (WebAssembly's memory), or null. */
  readonly optimizerMemory: OptimizerMemory | null;
  /**
   * Trainer's shuffled epoch with the SGD or momentum update, in one WebAssembly call (see
   * WasmNetKernels.epoch), where trainRows runs WebAssembly; else null.
   */
  readonly epochKernel: WasmNetKernels['epoch'] | null;
  /** 0, 1, 2, …: the rows of a batch passed as a matrix, for trainNet's row index. */
  private readonly identityRows: Int32Array;

  constructor(
    readonly layout: NetworkLayout,
    batchCapacity: number,
    flavour: KernelFlavour = 'fast',
    /** Rows of the training split the WebAssembly epoch keeps in its memory (epochKernel). */
    resident = 0,
  ) {
    this.capacity = Math.max(1, batchCapacity);
    const kernels = mlpKernels(layout, this.capacity, flavour, resident);
    this.params = kernels.params;
    this.grads = kernels.grads;
    this.evalParams = kernels.evalParams;
    this.stats = new Float64Array(layout.nStats);
    this.optimizerMemory = kernels.optimizerMemory;
    this.fwdTrain = kernels.fwdTrain;
    this.fwdEval = kernels.fwdEval;
    this.bwdTrain = kernels.bwdTrain;
    this.trainNet = kernels.trainNet;
    this.evalNet = kernels.evalNet;
    this.probNet = kernels.probNet;
    this.epochKernel = kernels.epochKernel;
    this.identityRows = Int32Array.from({ length: this.capacity }, (_, i) => i);
    this.buffers = layout.layers.map((L) => {
      const size = this.capacity * L.nOut;
      const A = new Float64Array(size);
      return {
        A,
        D: new Float64Array(size),
        M: new Float64Array(size),
        G: new Float64Array(size),
        xhat: L.gamma >= 0 ? new Float64Array(size) : A,
        invStd: new Float64Array(L.nOut),
        evalA: new Float64Array(EVAL_CHUNK * L.nOut),
      };
    });
  }

  get batchCapacity(): number {
    return this.capacity;
  }

  /** Draws fresh inverted-dropout masks: each hidden unit kept with probability p, scaled by 1/p. */
  sampleDropout(keep: number, B: number, rng: Rng): void {
    const scale = 1 / keep;
    for (let l = 0; l < this.buffers.length - 1; l++) {
      const M = this.buffers[l]!.M;
      const n = B * this.layout.layers[l]!.nOut;
      for (let k = 0; k < n; k++) M[k] = rng.float() < keep ? scale : 0;
    }
  }

  /**
   * Training-mode forward and backward over rows X[0..B) with targets Y (soft labels allowed):
   * fills `grads` with the gradient of the batch's mean cross-entropy, and returns that loss
   * when `withLoss` (otherwise NaN, saving a log and an exp per row). Uses the masks last sampled
   * when dropout is on.
   */
  trainBatch(
    X: Float64Array,
    Y: Float64Array,
    B: number,
    dropout: boolean,
    withLoss: boolean,
  ): number {
    if (B > this.capacity) throw new Error(`batch of ${B} exceeds capacity ${this.capacity}`);
    if (this.trainNet && !dropout && !withLoss) {
      this.trainNet(this.params, this.grads, X, Y, this.identityRows, 0, B, TANH_TABLE);
      return NaN;
    }
    const layers = this.layout.layers;
    const P = this.params;
    let input = X;
    for (let l = 0; l < layers.length; l++) {
      const L = layers[l]!;
      const buf = this.buffers[l]!;
      input = this.forwardTrainLayer(l, L, buf, input, B, dropout && L.hidden);
    }
    const out = this.buffers[layers.length - 1]!;
    let loss = 0;
    for (let e = 0; e < B; e++) {
      const z = out.A[e]!;
      const y = Y[e]!;
      // The table sigmoid (error < 3e-9) spares an exp per row; reported losses use the exact form.
      out.G[e] = (sigmoidFast(z) - y) / B;
      if (withLoss) loss += crossEntropyFromLogit(z, y);
    }
    for (let l = layers.length - 1; l >= 0; l--) {
      const L = layers[l]!;
      const buf = this.buffers[l]!;
      const prev = l > 0 ? this.buffers[l - 1]! : undefined;
      const prevL = l > 0 ? layers[l - 1]! : undefined;
      const k = this.bwdTrain[l]![dropout ? 1 : 0];
      const Xl = prev ? (dropout ? prev.D : prev.A) : X;
      const Gp = prev ? prev.G : buf.G;
      k(P, L.w, L.b, this.grads, buf.G, Xl, Gp, prev ? prev.A : buf.A, prev ? prev.M : buf.M, B);
      if (prev && prevL && prevL.gamma >= 0) {
        batchNormBackward(
          prev.G,
          prev.xhat,
          prev.invStd,
          P,
          prevL.gamma,
          this.grads,
          prevL.gamma,
          prevL.beta,
          prevL.nOut,
          B,
        );
      }
    }
    return withLoss ? loss / B : NaN;
  }

  /** Whether trainRows applies: the fused kernel covers this network, and dropout is off. */
  get canTrainRows(): boolean {
    return this.trainNet !== null;
  }

  /**
   * trainBatch without dropout or loss over the rows R[r0], …, R[r0 + B − 1] of X and Y, read in
   * place (no gathered copy). Only where canTrainRows.
   */
  trainRows(X: Float64Array, Y: Float64Array, R: Int32Array, r0: number, B: number): void {
    if (!this.trainNet) throw new Error('trainRows needs the fused kernel');
    this.trainNet(this.params, this.grads, X, Y, R, r0, B, TANH_TABLE);
  }

  private forwardTrainLayer(
    l: number,
    L: LayerLayout,
    buf: LayerBuffers,
    input: Float64Array,
    B: number,
    dropout: boolean,
  ): Float64Array {
    const P = this.params;
    const kernel = this.fwdTrain[l]![dropout ? 1 : 0];
    kernel(P, L.w, L.b, input, buf.A, buf.D, buf.M, B, TANH_TABLE);
    if (L.gamma < 0) return dropout ? buf.D : buf.A;
    const Z = buf.A;
    batchNormForward(
      Z,
      buf.xhat,
      buf.invStd,
      P,
      L.gamma,
      L.beta,
      this.stats,
      L.runMean,
      L.runVar,
      L.nOut,
      B,
    );
    const n = B * L.nOut;
    const act = this.layout.shape.activation;
    for (let k = 0; k < n; k++) {
      const a = activate(act, Z[k]!);
      Z[k] = a;
      if (dropout) buf.D[k] = a * buf.M[k]!;
    }
    return dropout ? buf.D : buf.A;
  }

  /** Builds the evaluation parameters (batch norm folded in). Call after the parameters change. */
  prepareEval(): void {
    const Pe = this.evalParams;
    Pe.set(this.params);
    for (const L of this.layout.layers) {
      if (L.gamma >= 0) {
        foldBatchNorm(
          this.params,
          Pe,
          L.w,
          L.b,
          L.gamma,
          L.beta,
          this.stats,
          L.runMean,
          L.runVar,
          L.nIn,
          L.nOut,
        );
      }
    }
  }

  /**
   * Evaluation-mode logits of n rows of X (row-major, nInputs wide) into out[0..n).
   * Call prepareEval() first whenever the parameters have changed.
   */
  evalLogits(X: Float64Array, n: number, out: Float64Array | Float32Array): void {
    if (this.evalNet) {
      this.evalNet(this.evalParams, X, out, n, TANH_TABLE);
      return;
    }
    const layers = this.layout.layers;
    const Pe = this.evalParams;
    const nIn0 = this.layout.shape.nInputs;
    for (let start = 0; start < n; start += EVAL_CHUNK) {
      const rows = Math.min(EVAL_CHUNK, n - start);
      let input = start === 0 ? X : X.subarray(start * nIn0);
      for (let l = 0; l < layers.length; l++) {
        const L = layers[l]!;
        const buf = this.buffers[l]!;
        this.fwdEval[l]!(Pe, L.w, L.b, input, buf.evalA, buf.evalA, buf.M, rows, TANH_TABLE);
        input = buf.evalA;
      }
      for (let e = 0; e < rows; e++) out[start + e] = input[e]!;
    }
  }

  /**
   * Evaluation-mode P(class 1) of n rows of X into out[0..n), by the table sigmoid (error below
   * 2.1e-9, far below a Float32Array's resolution: this feeds the display). `scratch` holds n
   * logits where the fused kernel does not apply. Call prepareEval() first.
   */
  evalProbabilities(X: Float64Array, n: number, out: Float32Array, scratch: Float64Array): void {
    if (this.probNet) {
      this.probNet(this.evalParams, X, out, n, TANH_TABLE);
      return;
    }
    this.evalLogits(X, n, scratch);
    for (let i = 0; i < n; i++) out[i] = sigmoidFast(scratch[i]!);
  }
}

/** −[y·log σ(z) + (1−y)·log(1−σ(z))] in the form that never overflows: max(z,0) − z·y + log(1+e^−|z|). */
export function crossEntropyFromLogit(z: number, y: number): number {
  return Math.max(z, 0) - z * y + log1p(exp(-Math.abs(z)));
}
