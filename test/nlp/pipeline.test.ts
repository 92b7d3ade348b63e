// The tests of the NLP layers (test/nlp/pipeline/*.ts) in one process: each loads compromise, the models and the
// knowledge base, about 3 s of CPU per process under tsx, which seventeen processes paid seventeen times.
import './pipeline/claims.js';
import './pipeline/components.js';
import './pipeline/dates.js';
import './pipeline/document.js';
import './pipeline/entities.js';
import './pipeline/kb.js';
import './pipeline/learned-cues.js';
import './pipeline/learned-sources.js';
import './pipeline/linking.js';
import './pipeline/money.js';
import './pipeline/percentages.js';
import './pipeline/quotes.js';
import './pipeline/seed-article.js';
import './pipeline/tagger/bilou.js';
import './pipeline/tagger/combine.js';
import './pipeline/tagger/features.js';
import './pipeline/tagger/train.js';
