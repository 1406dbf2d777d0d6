// Due dates are civil dates in Kazakhstan. Timestamps (a submission at 23:30 on the due day) are
// turned into Kazakhstan dates with this zone, in SQL and in the app alike, before core compares
// them. The whole country has kept one time, UTC+5, since 1 March 2024; Asia/Almaty carries it.
export const KAZAKHSTAN_TIME_ZONE = 'Asia/Almaty';
