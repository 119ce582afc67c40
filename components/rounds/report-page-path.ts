/** Where a country's report for a round is read and written: the country's pages, under its reports, by round. */
export const reportPagePath = (countryCode: string, roundId: string) => `/countries/${countryCode}/reports/${roundId}`;
