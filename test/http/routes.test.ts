// The routes' tests (test/http/routes/*.ts) in one process: each needs the app and the pipeline loaded, about 4 s of
// CPU per process under tsx, which eight processes paid eight times (the suite's own work is a fraction of that).
import './routes/batch.js';
import './routes/clients.js';
import './routes/errors.js';
import './routes/extract.js';
import './routes/metrics.js';
import './routes/openapi.js';
import './routes/protection.js';
import './routes/stream.js';
