// Which kernels a network's passes use, chosen once per network: WebAssembly where it compiles
// and covers the network, generated JavaScript otherwise, or the plain reference loops. Every
// flavour gives the same bits; they differ only in speed (docs/engine.md).
import { backwardKernel, forwardKernel } from './kernels';
import type { NetworkLayout } from './network';
import { evalNetKernel, fusable, trainNetKernel } from './netKernels';
import type { OptimizerMemory } from './optimizer';
import type { BackwardKernel, ForwardKernel } from './referenceKernels';
import { referenceBackward, referenceForward } from './referenceKernels';
import type { EvalNetKernel, TrainNetKernel } from './referenceNetKernels';
import type { WasmNetKernels } from './wasmNet';
import { wasmNetKernels } from './wasmNet';

/**
 * 'fast': the WebAssembly network kernels where they compile and cover the network, else the
 * generated JavaScript ones ('js'); 'reference': the plain loops. All three give the same bits.
 */
export type KernelFlavour = 'fast' | 'js' | 'reference';

export interface MlpKernels {
  /** Parameters, gradients and the evaluation copy: in WebAssembly's memory when it runs. */
  params: Float64Array;
  grads: Float64Array;
  evalParams: Float64Array;
  /** Where an Optimizer of these parameters keeps its moments (WebAssembly's memory), or null. */
  optimizerMemory: OptimizerMemory | null;
  /** Per layer: [without dropout, with dropout]. */
  fwdTrain: [ForwardKernel, ForwardKernel][];
  fwdEval: ForwardKernel[];
  bwdTrain: [BackwardKernel, BackwardKernel][];
  /** Whole-network kernels (netKernels.ts) where they apply, else null: the layer path runs. */
  trainNet: TrainNetKernel | null;
  evalNet: EvalNetKernel | null;
  probNet: EvalNetKernel | null;
  /** The shuffled epoch in one WebAssembly call (WasmNetKernels.epoch), or null. */
  epochKernel: WasmNetKernels['epoch'] | null;
}

/** `resident`: rows of the training split the WebAssembly epoch keeps in its memory. */
export function mlpKernels(
  layout: NetworkLayout,
  capacity: number,
  flavour: KernelFlavour,
  resident: number,
): MlpKernels {
  const act = layout.shape.activation;
  // Fused kernels only in the fast flavours: 'reference' stays the layer-by-layer loops.
  // Evaluation folds batch norm into the weights, so the fused forward applies with it too.
  const net = layout.layers.map((L) => ({ nIn: L.nIn, nOut: L.nOut, w: L.w, b: L.b }));
  const wasm =
    flavour === 'fast' ? wasmNetKernels(net, act, capacity, layout.nParams, resident) : null;
  // With WebAssembly, the parameters and gradients live in its memory: no copies per call.
  const params = wasm ? wasm.params : new Float64Array(layout.nParams);
  const grads = wasm ? wasm.grads : new Float64Array(layout.nParams);
  const evalParams = wasm ? wasm.evalParams : new Float64Array(layout.nParams);
  const optimizerMemory = wasm ? wasm.optimizer : null;
  const fwd = flavour === 'reference' ? referenceForward : forwardKernel;
  const bwd = flavour === 'reference' ? referenceBackward : backwardKernel;
  const fwdTrain: MlpKernels['fwdTrain'] = layout.layers.map((L) => {
    // Batch norm sits between the affine map and the activation, so its kernel stops at Z.
    const fused = L.hidden && L.gamma < 0;
    const spec = { nIn: L.nIn, nOut: L.nOut, act: fused ? act : ('identity' as const) };
    return [fwd({ ...spec, dropout: false }), fwd({ ...spec, dropout: fused })];
  });
  const fwdEval = layout.layers.map((L) =>
    fwd({ nIn: L.nIn, nOut: L.nOut, act: L.hidden ? act : 'identity', dropout: false }),
  );
  const bwdTrain: MlpKernels['bwdTrain'] = layout.layers.map((L, l) => {
    const spec = { nIn: L.nIn, nOut: L.nOut, prevAct: l > 0 ? act : ('none' as const) };
    return [bwd({ ...spec, prevDropout: false }), bwd({ ...spec, prevDropout: l > 0 })];
  });
  const fuse = flavour !== 'reference' && fusable(net, act);
  const epochKernel = wasm && !layout.shape.batchNorm && resident > 0 ? wasm.epoch : null;
  // Batch norm's statistics need the layer path in training.
  const trainNet = layout.shape.batchNorm
    ? null
    : wasm
      ? wasm.train
      : fuse
        ? trainNetKernel(net, act)
        : null;
  // WebAssembly evaluation at every size it covers: with the anchor stores (wasmTrainKernel.ts)
  // the [8×6] grid reads 1.58–1.68× the JavaScript layer kernels (docs/engine.md, Figures).
  const evalNet = wasm ? wasm.logit : fuse ? evalNetKernel(net, act, 'logit') : null;
  const probNet = wasm ? wasm.probability : fuse ? evalNetKernel(net, act, 'probability') : null;
  return {
    params,
    grads,
    evalParams,
    optimizerMemory,
    fwdTrain,
    fwdEval,
    bwdTrain,
    trainNet,
    evalNet,
    probNet,
    epochKernel,
  };
}
