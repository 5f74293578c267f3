import { ask, kinds, point, rubric, type ProblemSpec } from './spec';

export const youtubeVideoSearch: ProblemSpec = {
  id: 'youtube-video-search', title: 'Video search', kind: 'retrieval', difficulty: 'hard', caseStudy: 'youtube-video-search',
  summary: 'Return the videos most relevant to a text query, using their content and their text.',
  prompt: 'Design the search for a video platform: a user types a text query and we return the most relevant videos.',
  questions: [
    ask('objective', 'businessObjective', 'What is the goal of search here?', 'Users find what they are looking for: more clicks and watch time from search results.'),
    ask('scale', 'scale', 'How many videos?', 'About a billion videos; new ones are uploaded every minute.'),
    ask('data', 'data', 'What training data do we have?', 'Ten million annotated (video, query) pairs, plus titles, tags and descriptions.'),
    ask('latency', 'performance', 'What latency?', 'Results within a few hundred milliseconds.'),
    ask('language', 'constraints', 'Only English queries?', 'Assume English only for now.'),
    ask('modality', 'features', 'Do we use the video content or only metadata?', 'Both: the visual content and the text metadata.'),
  ],
  rubric: rubric(
    point('two-channels', 'serving', 'Combines visual search (embeddings and ANN) with text search (inverted index)',
      'Titles alone miss content; embeddings alone miss exact terms; the fusion layer needs both.', kinds('ann-service'), kinds('search-engine'), kinds('fusion-layer')),
    point('text-video', 'model', 'Learns a shared space for text and video with two encoders',
      'Query text and videos must land in the same space to be compared.', kinds('encoder'), kinds('training')),
  ),
  reference: { template: 'youtube-video-search' },
};
