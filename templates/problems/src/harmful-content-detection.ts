import { ask, kinds, point, rubric, type ProblemSpec } from './spec';

export const harmfulContentDetection: ProblemSpec = {
  id: 'harmful-content-detection', title: 'Harmful content detection', kind: 'classification', difficulty: 'standard',
  caseStudy: 'harmful-content-detection',
  summary: 'Flag violent, nude or hateful posts and remove or demote them.',
  prompt: 'Design a system that detects harmful content in posts on a social network (violence, nudity, hate speech and so on) and acts on it.',
  questions: [
    ask('objective', 'businessObjective', 'What is the goal?', 'Keep the platform safe: fewer harmful posts seen, without removing good ones.'),
    ask('modalities', 'data', 'What is in a post?', 'Text, images and video, in many languages.'),
    ask('scale', 'scale', 'How many posts?', 'About 500 million posts a day.'),
    ask('labels', 'data', 'How do we get labels?', 'Human reviewers label a few thousand posts a day; users also report posts.'),
    ask('latency', 'performance', 'Must we act before a post is shown?', 'Yes for the worst categories; the rest can be handled within minutes.'),
    ask('explain', 'features', 'Do we tell users why a post was removed?', 'Yes, the category that triggered the removal.'),
  ],
  rubric: rubric(
    point('multi-task', 'framing', 'Frames it as multi-task classification, one head per harm',
      'Shared layers learn from all categories; separate heads say which policy was violated.', kinds('trained-model')),
    point('enforcement', 'serving', 'Acts on scores: remove, demote, or send to human review',
      'A score is only useful with a decision; uncertain cases need people.', kinds('enforcement'), kinds('human-review')),
  ),
  reference: { template: 'harmful-content-detection' },
};
