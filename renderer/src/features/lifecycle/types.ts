// The lifecycle API's shapes, re-exported for the UI.
export type { BoardRow, ColumnSummary, Paged, PendingSuggestion, Relationship, SuggestionList, SuggestionRow, Transition } from '@shared/api/lifecycle';
