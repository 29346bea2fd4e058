import type Database from 'better-sqlite3';

export interface Migration {
  /** Becomes PRAGMA user_version once applied; versions are consecutive from 1. */
  version: number;
  name: string;
  /** SQL script, or a function for data migrations that need code. */
  up: string | ((db: Database.Database) => void);
}
