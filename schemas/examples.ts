import type { ExtractRequestBody } from './extract.js';

/** A short article written for the documentation: it exercises every field of the response. */
export const exampleRequest = {
  title: 'Northwind AI raises $450 million as coding assistants boom',
  url: 'https://news.example.com/2025/03/04/northwind-ai-series-c',
  publishedAt: '2025-03-04',
  text: [
    'Northwind AI, the San Francisco-based maker of coding assistants, said on Tuesday that it had raised $450 million in a Series C round led by Sequoia Capital, valuing the company at about $4.2 billion.',
    'The round more than doubles the startup\u2019s valuation from last year, chief executive Priya Raman told Reuters. Revenue grew 180% in 2024, and the company expects to pass $300 million in annual recurring revenue by the end of next year.',
    '\u201cDevelopers want tools that understand their whole codebase, not just the file in front of them,\u201d Raman said. \u201cThat is what we are building.\u201d',
    'Microsoft, which competes with Northwind through GitHub Copilot, declined to comment. Shares of Microsoft rose 1.2% on Tuesday.',
    'Raman said Northwind would also buy Tessellate, a London start-up that reviews code, and launch an assistant for mobile developers in April. Google, an early backer of Northwind, laid off 5% of its cloud sales staff last month, according to The Information.',
  ].join('\n\n'),
} satisfies ExtractRequestBody;
