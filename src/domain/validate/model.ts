// Step 4, model development: the model and its architecture, how it is trained, on what dataset, with which loss.
import { defineRule, type Rule } from './engine';
import { missingAnswer, missingCardAnswer } from './cards';
import { agree, ids, listLabels, ownTraining, trainingReach } from './derived';
import { isAnswered } from './text';

export const checkModelArchitecture = defineRule({
  id: 'model-architecture',
  step: 'model',
  severity: 'error',
  title: 'The model and its architecture are chosen',
  rationale:
    'Model selection is the core of the step: the book expects a simple baseline, then a stronger model (GBDT, '
    + 'two-tower network, DCN…) with the reason for the choice.',
  find(ctx) {
    if (ctx.cardField('model-card', 'model').text) return [];
    const models = ctx.withRole('model');
    if (models.some((n) => isAnswered(ctx.field(n, 'architecture')))) return [];
    const card = ctx.ofKind('model-card')[0];
    const why = 'Name a baseline and the model you would ship (e.g. "logistic regression, then DCN"): model selection is the core of this step.';
    if (card || models.length === 0) return [missingAnswer('model-card', card?.id, 'which model is used', why)];
    return [{ message: `${listLabels(models)} ${agree(models, 'has', 'have')} no architecture. ${why}`, nodeIds: ids(models) }];
  },
});

export const checkTrainingProducesModel = defineRule({
  id: 'model-training',
  step: 'model',
  severity: 'error',
  title: 'A training step produces the model',
  rationale:
    'A production design shows how the model is made and remade: training reads the dataset and produces the model '
    + 'that serving uses, so it can be retrained when data shifts. A design that prompts a hosted or pre-trained LLM '
    + 'and trains nothing of its own is not asked for training (nor for a loss or a training dataset).',
  find(ctx) {
    const training = ctx.withRole('training');
    const models = ctx.withRole('model');
    if (!ownTraining(ctx)) return []; // prompts a hosted or pre-trained LLM: nothing of its own to train
    if (training.length === 0) {
      return [{
        message: 'No model training is drawn. Add a training step that reads the training dataset and produces the trained model: without it the design cannot be retrained when the data changes.',
        nodeIds: ids(models),
      }];
    }
    const downstream = trainingReach(ctx);
    if (models.some((m) => downstream.has(m.id))) return [];
    return [{
      message: `${listLabels(training)} ${agree(training, 'does', 'do')} not lead to a trained model. Connect training to the model it produces (training → trained model), so it is clear which model serving uses.`,
      nodeIds: [...ids(training), ...ids(models)],
    }];
  },
});

export const checkLoss = defineRule({
  id: 'model-loss',
  step: 'model',
  severity: 'warning',
  title: 'The loss function is chosen',
  rationale:
    'The book asks for the loss explicitly (binary cross-entropy, contrastive loss, focal loss…): it must match the '
    + 'ML category and handle class imbalance.',
  find: (ctx) => !ownTraining(ctx) ? [] : missingCardAnswer(ctx, 'model-card', 'loss', 'the loss function',
    'Name it (e.g. binary cross-entropy, contrastive loss): it must fit the ML category and the class imbalance.'),
});

export const checkDatasetConstruction = defineRule({
  id: 'model-dataset',
  step: 'model',
  severity: 'warning',
  title: 'How the training dataset is constructed is explained',
  rationale:
    'Constructing the dataset (features and labels, sampling, split, class imbalance) is the first sub-step of '
    + 'model training in the book.',
  find(ctx) {
    if (!ownTraining(ctx) || ctx.cardField('model-card', 'dataset').text || ctx.ofKind('dataset-construction').length > 0) return [];
    return missingCardAnswer(ctx, 'model-card', 'dataset', 'how the training dataset is constructed',
      'Explain positives and negatives, sampling, the split and class imbalance, or add a Dataset construction step.');
  },
});

export const checkTrainingDetails = defineRule({
  id: 'model-training-details',
  step: 'model',
  severity: 'tip',
  title: 'Training choices are mentioned',
  rationale:
    'Training from scratch vs fine-tuning, distributed training and continual learning are talking points the book '
    + 'raises in every chapter.',
  find(ctx) {
    if (!ownTraining(ctx) || ctx.cardField('model-card', 'training').text) return [];
    if (ctx.ofKind('training').some((n) => isAnswered(ctx.field(n, 'approach')) || isAnswered(ctx.field(n, 'schedule')))) return [];
    return missingCardAnswer(ctx, 'model-card', 'training', 'how the model is trained',
      'Say whether you train from scratch or fine-tune, and how often you retrain.');
  },
});

export const MODEL_RULES: readonly Rule[] = [
  checkModelArchitecture, checkTrainingProducesModel, checkLoss, checkDatasetConstruction, checkTrainingDetails,
];
