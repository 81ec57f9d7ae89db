using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Portal.Tests.Infrastructure;

/// <summary>What an editor does in the real /admin/ form, shared by the browser tests that drive it.</summary>
public static partial class EditorForm
{
    [GeneratedRegex("登录")]
    private static partial Regex SignInButton();

    /// <summary>Opens <paramref name="path"/> of the site at <paramref name="address"/>, signs in (the local backend asks no password) and waits for a story's form.</summary>
    public static async Task SignInAsync(IPage page, Uri address, string path)
    {
        await page.GotoAsync(new Uri(address, path).ToString());
        await page.GetByRole(AriaRole.Button, new() { NameRegex = SignInButton() }).ClickAsync(new() { Timeout = 60_000 });
        await page.WaitForSelectorAsync("#title-field-1", new() { Timeout = 60_000 });
    }

    /// <summary>
    /// Opens the form afresh, as an editor coming back to it. The editor may still count the form as changed just after a
    /// save (on a loaded machine its state settles later) and asks "leave this page?": the editor says yes. Playwright's
    /// default is no, which keeps the page and leaves the reload waiting forever. Only the document is waited for; the
    /// caller waits for the field it reads.
    /// </summary>
    public static async Task ReopenAsync(IPage page)
    {
        void Leave(object? sender, IDialog dialog)
        {
            if (dialog.Type == "beforeunload") _ = dialog.AcceptAsync();
        }
        page.Dialog += Leave;
        try
        {
            await page.ReloadAsync(new() { WaitUntil = WaitUntilState.DOMContentLoaded, Timeout = 60_000 });
        }
        finally
        {
            page.Dialog -= Leave;
        }
    }

    /// <summary>A select of the form: typed as an editor types, chosen with Enter.</summary>
    public static async Task ChooseAsync(IPage page, string field, string text)
    {
        await page.ClickAsync($"[id^='{field}-field-']");
        await page.Keyboard.TypeAsync(text);
        await page.Keyboard.PressAsync("Enter");
    }
}
