import { box, request, batch } from '../../src/spec';
import { ask, concept, kinds, point, rubric, type ProblemSpec } from './spec';
import { skeleton } from './skeleton';

export const imageAltText: ProblemSpec = {
  id: 'image-alt-text', title: 'Image alt text', kind: 'generation', difficulty: 'standard',
  summary: 'Write alt text for images people upload, for screen-reader users.',
  prompt: 'Design a system that writes alt text for the photos people post on a social network, so people who use screen readers know what is in them.',
  questions: [
    ask('objective', 'businessObjective', 'What is the goal?', 'Accessibility: every image has a useful description; blind users engage more with image posts.'),
    ask('scale', 'scale', 'How many images?', '300 million images uploaded a day.'),
    ask('latency', 'performance', 'Must the text exist when the post appears?', 'Within a few seconds of upload is fine; it need not block posting.'),
    ask('data', 'data', 'Do we have captions to learn from?', 'About 5 million images with alt text written by users, of mixed quality, plus public captioning data sets.'),
    ask('safety', 'constraints', 'What must the alt text avoid?', 'Guessing people\'s identity, race, gender or emotions; and offensive words.'),
    ask('edit', 'features', 'Can the author edit it?', 'Yes, authors can review and edit the alt text before or after posting.'),
  ],
  rubric: rubric(
    point('encoder-decoder', 'model', 'Uses an image encoder with a text decoder (captioning), pre-trained then fine-tuned',
      'Captions need both a visual representation and a language model; pre-training makes 5 M examples enough.', kinds('encoder'), kinds('training')),
    point('safety-filter', 'serving', 'Filters generated text for sensitive attributes and offensive words',
      'A caption that guesses someone\'s race or mood harms the people in the photo.', concept('guardrails'), kinds('guardrails', 'postprocessing')),
    point('faithful', 'evaluation', 'Measures faithfulness to the image: objects named that are not there',
      'A screen-reader user cannot see the photo to catch a caption that invents something.', concept('hallucination'), concept('judge-eval')),
    point('author-edits', 'monitoring', 'Learns from authors\' edits as corrected labels',
      'Edited alt text is a free, high-quality label for exactly the cases the model got wrong.', kinds('logging')),
  ),
  reference: skeleton({
    cards: {
      requirements: {
        businessObjective: 'Accessible image posts: useful alt text on every image.',
        features: 'Alt text generated on upload; authors can edit it; screen readers read it.',
        data: '5 M images with user-written alt text (mixed quality); public captioning data sets.',
        constraints: 'Never guess identity, race, gender or emotion; no offensive words.',
        scale: '300 M images a day.',
        performance: 'Within a few seconds of upload (asynchronous); under $0.0001 of GPU time per image.',
      },
      framing: {
        mlObjective: 'Generate a caption that describes the image accurately and safely.',
        input: 'An image',
        output: 'One or two sentences of alt text that name only what is in the image',
        mlCategory: 'Image captioning (sequence generation)',
        problemKind: 'generation',
      },
      data: {
        sources: 'Uploaded images, user-written alt text, public caption data sets, author edits',
        storage: 'Images in object storage; captions in the warehouse',
        labels: 'Hand-written alt text, filtered for quality; author edits as corrections',
      },
      features: {
        features: 'Image pixels; detected objects and text in the image (OCR)',
        engineering: 'Resize to 384 px, normalise; OCR text appended to the prompt',
      },
      model: {
        baseline: 'Object tags joined into a sentence',
        model: 'Baseline: object tags joined into a sentence; then a pre-trained vision encoder with a text decoder, fine-tuned',
        dataset: 'Image-caption pairs; low-quality captions filtered by length and a classifier; split by uploader',
        loss: 'Cross-entropy over caption tokens',
        training: 'Fine-tuned monthly from a pre-trained captioning model',
      },
      evaluation: {
        offlineMetrics: 'CIDEr and human ratings of accuracy and safety on a graded set; hallucination rate (objects named that are not in the image)',
        onlineMetrics: 'Share of images with alt text kept unedited, screen-reader user engagement',
      },
      serving: {
        predictionMode: 'online (asynchronous on upload)',
        deployment: 'cloud',
        compression: 'Quantised to int8 for GPU throughput',
        testing: 'Shadow generation rated by reviewers, then gradual rollout',
      },
      monitoring: {
        operationalMetrics: 'Queue lag, GPU utilisation',
        mlMetrics: 'Edit rate, safety filter hits, input drift',
        retraining: 'Monthly',
      },
    },
    sources: [
      box('captions', 'database', 'Caption warehouse', { contents: 'alt text, edits' }),
      box('images', 'object-storage', 'Image storage'),
    ],
    preparation: [
      box('preprocess', 'preprocessing', 'Image preprocessing', { operations: 'resize, normalise, OCR' }),
    ],
    labels: 'user-written alt text after quality filtering; author edits',
    training: { approach: 'fine-tuning', schedule: 'monthly' },
    offlineMetrics: 'CIDEr, graded accuracy and safety',
    model: box('model', 'trained-model', 'Captioning model', { architecture: 'vision encoder + text decoder' }),
    serving: [
      box('uploader', 'client', 'Post composer', { request: 'upload(image)' }),
      box('captioner', 'prediction-service', 'Captioning service', { predictionMode: 'online, asynchronous' }),
      box('image-encoder', 'encoder', 'Image encoder', { architecture: 'ViT' }),
      box('safety', 'guardrails', 'Safety filter', { checks: 'sensitive attributes (identity, race, gender, emotion) and offensive words' }),
      box('alt-text', 'results', 'Alt text'),
    ],
    servedBy: 'captioner',
    loggedFrom: 'alt-text',
    logEvents: 'generated text, author edits',
    dashboard: { operationalMetrics: 'queue lag, GPU use', mlMetrics: 'edit rate, filter hits, drift' },
    arrows: [
      request('uploader', 'captioner'),
      request('captioner', 'image-encoder'),
      request('captioner', 'safety'),
      request('safety', 'alt-text'),
      batch('images', 'preprocess'),
      batch('preprocess', 'dataset-construction'),
      batch('captions', 'dataset-construction'),
    ],
  }),
};
