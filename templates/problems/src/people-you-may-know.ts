import { ask, kinds, point, rubric, type ProblemSpec } from './spec';

export const peopleYouMayKnow: ProblemSpec = {
  id: 'people-you-may-know', title: 'People you may know', kind: 'ranking', difficulty: 'hard', caseStudy: 'people-you-may-know',
  summary: 'Suggest connections on a professional network.',
  prompt: 'Design "People you may know" for a professional social network: suggest people a user is likely to connect with.',
  questions: [
    ask('objective', 'businessObjective', 'What is the goal?', 'Grow users\' networks: more accepted connection requests.'),
    ask('scale', 'scale', 'How big is the graph?', 'About 1 billion users; on average 1,000 connections each.'),
    ask('data', 'data', 'What data?', 'Profiles (school, employer, location), the connection graph and past requests with their outcome.'),
    ask('latency', 'performance', 'Must it be computed on request?', 'No; the graph changes slowly, so suggestions can be precomputed daily.'),
    ask('symmetric', 'features', 'Are connections mutual?', 'Yes, a connection is symmetric once accepted.'),
    ask('privacy', 'constraints', 'Any privacy constraints?', 'Do not reveal private connections in explanations.'),
  ],
  rubric: rubric(
    point('edge-prediction', 'framing', 'Frames it as edge prediction on the social graph',
      'Whether two people connect depends on the graph around them, not only their profiles.', kinds('trained-model')),
    point('batch', 'serving', 'Precomputes suggestions in batch from friends-of-friends candidates',
      'The graph changes slowly; batch saves serving cost and fits the 2-hop candidate search.', kinds('batch-prediction'), kinds('precomputed-store'), kinds('candidate-generation')),
  ),
  reference: { template: 'people-you-may-know' },
};
