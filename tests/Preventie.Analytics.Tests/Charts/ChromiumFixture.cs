using Microsoft.Playwright;

namespace Preventie.Analytics.Tests.Charts;

/// <summary>
/// One headless Debian chromium for the browser tests, driven by Playwright's bundled driver (no browser download:
/// the executable is the system's <c>/usr/bin/chromium</c>).
/// </summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public IBrowser? Browser { get; private set; }

    public async Task InitializeAsync()
    {
        if (BrowserTestEnvironment.MissingReason() is not null) return;
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserTestEnvironment.ChromiumPath,
            Headless = true,
            Args = new[]
            {
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run",
            },
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
    }
}
