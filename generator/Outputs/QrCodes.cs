using System.IO.Hashing;
using System.Text;
using Portal.Output;
using Portal.Site;

namespace Portal.Outputs;

/// <summary>The share QR code beside each page that has one (<see cref="Page.QrUrl"/>), and beside a story also as a PNG.</summary>
public sealed class QrCodes : ISiteOutput
{
    public string Step => "生成二维码";

    public void Write(PageTree tree, OutputFolder output) =>
        // An array, not a filtered sequence: the parallel loop then hands out ranges instead of locking per item.
        Parallel.ForEach(tree.Pages.Where(p => p.QrUrl is not null).ToArray(), page =>
        {
            // A QR code depends on the page's address only: an edited story keeps its code, and it is not drawn again.
            var path = page.Path + Routes.QrCodeFile;
            var inputs = XxHash3.HashToUInt64(Encoding.UTF8.GetBytes(page.CanonicalUrl));
            if (!output.IsPublished(path, inputs)) output.WriteText(path, QrCodeSvg.For(page.CanonicalUrl), inputs);
            // A story's 公众号 copy shows its code from the published address, as a picture WeChat re-hosts.
            if (page.Kind != StoryPages.Name) return;
            var png = page.Path + Routes.QrCodePngFile;
            if (!output.IsPublished(png, inputs)) output.WriteBytes(png, QrCodePng.For(page.CanonicalUrl), inputs);
        });
}
