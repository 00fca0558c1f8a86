/**
 * The record's JSON Schema (draft 2020-12): the machine form of the record contract (docs/record.md).
 * `casefile schema` prints it; the tests validate every output against it.
 */
import { ROLES } from '../vocab/headings.js'

const nullableString = { type: ['string', 'null'] } as const

const point = {
  type: 'object',
  required: ['line', 'column'],
  properties: {
    line: { type: 'integer', minimum: 1 },
    column: { type: 'integer', minimum: 1 },
    offset: { type: 'integer', minimum: 0 }
  }
} as const

const position = {
  type: 'object',
  required: ['start', 'end'],
  properties: { start: { $ref: '#/$defs/point' }, end: { $ref: '#/$defs/point' } }
} as const

const caseRef = {
  type: 'object',
  required: ['series', 'year', 'sequence'],
  additionalProperties: false,
  properties: {
    series: nullableString,
    year: { type: 'integer' },
    sequence: { type: 'integer', minimum: 0 },
    class: { type: 'string' }
  }
} as const

export const recordSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://casefile.dev/schema/record-2.json',
  title: 'casefile case record, version 2',
  type: 'object',
  additionalProperties: false,
  required: [
    'recordVersion',
    'metadata',
    'description',
    'proposals',
    'signatures',
    'distribution',
    'sections',
    'references',
    'preamble',
    'pageFurniture',
    'source',
    'generator'
  ],
  $defs: { caseRef, point, position },
  properties: {
    recordVersion: { const: 2 },
    metadata: {
      type: 'object',
      additionalProperties: false,
      required: [
        'documentType',
        'caseNumber',
        'caseRef',
        'date',
        'title',
        'unit',
        'addressee',
        'officer',
        'officers',
        'titleWritten',
        'filingCode',
        'paragraph',
        'unclassified',
        'headerLines'
      ],
      properties: {
        documentType: nullableString,
        caseNumber: nullableString,
        caseRef: { oneOf: [{ $ref: '#/$defs/caseRef' }, { type: 'null' }] },
        date: { type: ['string', 'null'], pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
        title: nullableString,
        unit: nullableString,
        addressee: nullableString,
        officer: {
          type: 'object',
          additionalProperties: false,
          required: ['name', 'phone', 'email', 'title'],
          properties: { name: nullableString, phone: nullableString, email: nullableString, title: nullableString }
        },
        officers: {
          type: 'array',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['name', 'phone', 'email', 'title'],
            properties: {
              name: { type: 'string' },
              phone: nullableString,
              email: nullableString,
              title: nullableString
            }
          }
        },
        titleWritten: nullableString,
        filingCode: nullableString,
        paragraph: nullableString,
        unclassified: { type: 'array', items: { type: 'string' } },
        headerLines: { type: 'array', items: { type: 'string' } },
        frontMatter: { type: 'object' }
      }
    },
    description: {
      oneOf: [
        {
          type: 'object',
          additionalProperties: false,
          required: ['heading', 'text'],
          properties: { heading: { type: 'string' }, text: { type: 'string' } }
        },
        { type: 'null' }
      ]
    },
    proposals: {
      oneOf: [
        {
          type: 'object',
          additionalProperties: false,
          required: ['heading', 'proposer', 'items'],
          properties: {
            heading: { type: 'string' },
            proposer: nullableString,
            items: {
              type: 'array',
              items: {
                type: 'object',
                additionalProperties: false,
                required: ['number', 'text'],
                properties: { number: { type: ['integer', 'null'] }, text: { type: 'string' } }
              }
            }
          }
        },
        { type: 'null' }
      ]
    },
    signatures: {
      oneOf: [
        {
          type: 'object',
          additionalProperties: false,
          required: ['clause', 'signatories'],
          properties: {
            clause: nullableString,
            signatories: {
              type: 'array',
              items: {
                type: 'object',
                additionalProperties: false,
                required: ['name', 'title'],
                properties: { name: { type: 'string' }, title: nullableString }
              }
            }
          }
        },
        { type: 'null' }
      ]
    },
    distribution: {
      oneOf: [
        {
          type: 'object',
          additionalProperties: false,
          required: ['heading', 'recipients'],
          properties: { heading: { type: 'string' }, recipients: { type: 'array', items: { type: 'string' } } }
        },
        { type: 'null' }
      ]
    },
    sections: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['heading', 'role', 'text'],
        properties: { heading: { type: 'string' }, role: { enum: [...ROLES] }, text: { type: 'string' } }
      }
    },
    references: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['caseNumber'],
        properties: { caseNumber: { type: 'string' }, caseRef: { $ref: '#/$defs/caseRef' } }
      }
    },
    preamble: nullableString,
    pageFurniture: { type: 'array', items: { type: 'string' } },
    source: {
      type: 'object',
      additionalProperties: false,
      required: ['path', 'sha256', 'bytes'],
      properties: {
        path: { type: 'string' },
        sha256: { type: 'string', pattern: '^[0-9a-f]{64}$' },
        bytes: { type: 'integer', minimum: 0 }
      }
    },
    provenance: {
      description:
        'Where each value read from the text stands in the source: JSON pointer → position (1-based line and ' +
        'column, 0-based offset).',
      type: 'object',
      propertyNames: { pattern: '^(/[^/]+)+$' },
      additionalProperties: { $ref: '#/$defs/position' }
    },
    generator: {
      type: 'object',
      additionalProperties: false,
      required: ['name', 'version'],
      properties: { name: { const: 'casefile' }, version: { type: 'string' } }
    }
  }
} as const
