import { connectOrigins, feedbackApiBase, feedbackConnectSource } from '../../../src/lib/feedback/config.ts';

describe('FEEDBACK_URL', () => {
  it('defaults to the site’s own origin', () => {
    expect(feedbackApiBase(undefined)).toBe('/api/feedback');
    expect(feedbackApiBase('')).toBe('/api/feedback');
    expect(feedbackConnectSource('/api/feedback')).toBe("'self'");
  });

  it('points at a service elsewhere, which the CSP must then allow', () => {
    expect(feedbackApiBase('https://feedback.example/')).toBe('https://feedback.example/api/feedback');
    expect(feedbackConnectSource(feedbackApiBase('https://feedback.example/'))).toBe('https://feedback.example');
  });

  it('can be turned off', () => {
    expect(feedbackApiBase('off')).toBeNull();
    expect(feedbackConnectSource(null)).toBeNull();
  });

  it('stops the build on a value that is not an http(s) URL', () => {
    expect(() => feedbackApiBase('feedback.example')).toThrow(/FEEDBACK_URL "feedback.example" is not a URL/);
    expect(() => feedbackApiBase('ftp://feedback.example')).toThrow(/https:\/\//);
  });
});

describe('the origins pages may send data to besides their own', () => {
  it('adds the feedback service’s origin only when it is hosted elsewhere', () => {
    expect(connectOrigins(feedbackApiBase(undefined))).toEqual([]);
    expect(connectOrigins(feedbackApiBase('off'))).toEqual([]);
    expect(connectOrigins(feedbackApiBase('https://feedback.example/base/'))).toEqual(['https://feedback.example']);
  });
});
