/** The prefix of React's generated ids in the article feedback control, on the server and in the browser alike. */
export const feedbackIdPrefix = 'feedback-';
