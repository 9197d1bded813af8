namespace GraphApi.BananaCakePop;

/// <summary>
/// Sent with every file of the IDE (its page, its web workers and its service worker each take their policy
/// from their own response), so that whatever the bundle might still reach for outside this host, the browser
/// refuses it. Beyond 'self' it allows only what the IDE needs in Chromium: eval (its JSON-schema validator
/// compiles functions), inline styles (its CSS-in-JS; without them the page stays blank) and data: images
/// (its editor's stylesheet draws with them).
/// </summary>
public static class IdeContentSecurityPolicy
{
    public const string Value =
        "default-src 'self'; " +
        "script-src 'self' 'unsafe-eval'; " +
        "style-src 'self' 'unsafe-inline'; " +
        "img-src 'self' data:";
}
