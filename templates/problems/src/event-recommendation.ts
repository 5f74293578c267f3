import { ask, kinds, point, rubric, type ProblemSpec } from './spec';

export const eventRecommendation: ProblemSpec = {
  id: 'event-recommendation', title: 'Event recommendations', kind: 'ranking', difficulty: 'standard', caseStudy: 'event-recommendation',
  summary: 'Recommend local events a user is likely to register for.',
  prompt: 'Design a system that recommends events to users of an event platform, so they register for more of them.',
  questions: [
    ask('objective', 'businessObjective', 'What does success look like?', 'More ticket sales.'),
    ask('events', 'features', 'What is special about events?', 'They are short-lived: an event happens once, so there is little interaction data per event.'),
    ask('scale', 'scale', 'How big is the platform?', 'About 1 million events a month and 1 million daily users.'),
    ask('latency', 'performance', 'Latency?', 'Recommendations in well under a second.'),
    ask('data', 'data', 'What data do we have?', 'Users, events with location and time, friendships, and registrations, which are our labels.'),
    ask('location', 'constraints', 'Do we know where users are?', 'Yes, with their consent; distance matters a lot.'),
  ],
  rubric: rubric(
    point('ltr', 'framing', 'Frames it as pointwise learning to rank: will this user register for this event?',
      'Events are new each time, so a feature-based classifier beats collaborative filtering.', kinds('ranking')),
    point('online-features', 'data', 'Computes time- and location-dependent features online',
      'Distance and time to the event change per request; they cannot be precomputed.', kinds('online-feature-computation')),
  ),
  reference: { template: 'event-recommendation' },
};
