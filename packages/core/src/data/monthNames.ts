/** The English names of the months, index 0 = January: dates and months in English, pickers, and their reading back. */
export const ENGLISH_MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;
