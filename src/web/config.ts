/** The plan the navigation links to until the plans list has loaded (the default dataset's plan). */
export const PRIMARY_PLAN_CODE = 'MB-2024-2028';

/** Rows per page offered on measure lists; the first is the default. */
export const PAGE_SIZES = [20, 50, 100] as const;
