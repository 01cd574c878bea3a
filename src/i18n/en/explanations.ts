// The "Explain" panels beside each technique's controls: what it does to the weights, what to
// look for in the charts, and the pitfalls (the formulas themselves are TeX in src/lesson).
export const explanations = {
  'explain.toggle': 'Explain {name}',
  'explain.formula': 'Formula',
  'explain.does': 'What it does',
  'explain.look': 'What to look for',
  'explain.pitfall': 'Pitfalls',
  'explain.loading': 'Loading the explanation…',
  'explain.l2.name': 'L2',
  'explain.l1.name': 'L1',
  'explain.elasticnet.name': 'elastic net',
  'explain.dropout.name': 'dropout',
  'explain.batchnorm.name': 'batch normalization',
  'explain.weightdecay.name': 'weight decay (AdamW)',
  'explain.augmentation.name': 'data augmentation',
  'explain.earlystopping.name': 'early stopping',
} as const;
