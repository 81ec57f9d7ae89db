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
            var svg = page.Path + Routes.QrCodeFile;
            var inputs = XxHash3.HashToUInt64(Encoding.UTF8.GetBytes(page.CanonicalUrl));
            // A story's 公众号 copy shows its code from the published address, as a picture WeChat re-hosts.
            var png = page.Kind == StoryPages.Name ? page.Path + Routes.QrCodePngFile : null;
            var drawSvg = !output.IsPublished(svg, inputs);
            var drawPng = png is not null && !output.IsPublished(png, inputs);
            if (!drawSvg && !drawPng) return;
            var modules = QrEncoder.Encode(page.CanonicalUrl); // once for both pictures
            if (drawSvg) output.WriteBytes(svg, QrCodeSvg.Draw(modules), inputs);
            if (drawPng) output.WriteBytes(png!, QrCodePng.Encode(modules), inputs);
        });
}
