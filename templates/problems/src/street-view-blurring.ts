import { ask, kinds, point, rubric, type ProblemSpec } from './spec';

export const streetViewBlurring: ProblemSpec = {
  id: 'street-view-blurring', title: 'Street View blurring', kind: 'detection', difficulty: 'standard', caseStudy: 'street-view-blurring',
  summary: 'Detect and blur faces and licence plates in street imagery.',
  prompt: 'Design a system that detects every face and licence plate in Street View images and blurs them before the images are published.',
  questions: [
    ask('objective', 'businessObjective', 'Why do we blur?', 'To protect privacy and comply with the law; a missed face is a real problem.'),
    ask('data', 'data', 'Do we have labelled images?', 'Yes, about one million images with bounding boxes for faces and plates.'),
    ask('latency', 'performance', 'Does it need to be real time?', 'No. Images are processed in batch before they go live; hours are fine.'),
    ask('scale', 'scale', 'How many images?', 'Around 10 billion images, with new ones arriving every day.'),
    ask('feedback', 'features', 'Can users report a missed face?', 'Yes, users can report images that were not blurred properly.'),
    ask('constraints', 'constraints', 'Any constraints on compute?', 'It runs in our data centres; accuracy matters more than cost.'),
  ],
  rubric: rubric(
    point('detector', 'framing', 'Frames it as object detection (boxes and classes), not image classification',
      'Blurring needs where the face is, not only whether there is one.', kinds('trained-model')),
    point('batch', 'serving', 'Runs detection as a batch job and serves precomputed blurred images',
      'There is no latency need, so batch is cheaper and simpler.', kinds('batch-prediction'), kinds('precomputed-store')),
    point('hard-negatives', 'data', 'Uses augmentation and hard negative mining',
      'Small, occluded faces are where detectors fail; augmentation and hard negatives target them.', kinds('augmentation', 'hard-negative-mining')),
    point('reports', 'monitoring', 'Turns user reports into new labels through human review',
      'Missed faces are the costly error; reports are the signal for them.', kinds('human-review')),
  ),
  reference: { template: 'street-view-blurring' },
};
