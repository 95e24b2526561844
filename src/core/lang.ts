/** The languages the program speaks: Vietnamese (the default, and always the documents') and English. */
export type Lang = 'vi' | 'en';
