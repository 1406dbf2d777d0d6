// Users' names folded for search (src/core/text/search-text.ts), so that the admins' user list
// finds "Әлия" from "әлия" and "Ёлкин" from "елкин" whatever the database's locale: the application
// folds, the database compares bytes. Null until the application has folded the name; the rows
// that exist when this runs are folded in its transaction (fillUserSearchText, in index.ts).
export const sql = /* sql */ `
alter table users add column search_text text;
`;
