declare const cursorBrand: unique symbol;

/** Where the next page starts; only the api module that made it reads it. */
export type PageCursor = { readonly [cursorBrand]: true };

export interface Page<T> {
  items: T[];
  /** null when this was the last page. */
  next: PageCursor | null;
}

export const PAGE_SIZE = 20;
