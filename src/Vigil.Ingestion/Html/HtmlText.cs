using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Vigil.Ingestion.Html;

/// <summary>Visible text of HTML as paragraphs separated by blank lines; whitespace collapsed as a browser would.</summary>
internal static class HtmlText
{
    private static readonly HtmlParser Parser = new(new HtmlParserOptions { IsScripting = false });

    /// <summary>Parses, giving up when <paramref name="cancellationToken"/> fires (deeply nested markup makes HTML5 tree building quadratic).</summary>
    internal static IDocument Parse(string html, CancellationToken cancellationToken) =>
        cancellationToken.CanBeCanceled
            ? Parser.ParseDocumentAsync(html, cancellationToken).GetAwaiter().GetResult()
            : Parser.ParseDocument(html);

    /// <summary>Text of an HTML fragment (a feed description): tags stripped, boilerplate removed, paragraphs kept.</summary>
    internal static string FromFragment(string html, CancellationToken cancellationToken = default)
    {
        if (html.AsSpan().IndexOfAny('<', '&') < 0)
        {
            // No markup and no entities: what the parse and walk would give, one collapsed paragraph, without a DOM.
            var plain = new StringBuilder(html.Length);
            AppendCollapsed(plain, html);
            return plain.ToString().Trim();
        }

        using var document = Parse("<!DOCTYPE html><html><body>" + html + "</body></html>", cancellationToken);
        RemoveBoilerplate(document, container: null);
        return document.Body is null ? string.Empty : Paragraphs(document.Body);
    }

    /// <summary>Deletes navigation, ads, footers, scripts and hidden elements, sparing <paramref name="container"/>'s ancestors.</summary>
    internal static void RemoveBoilerplate(IDocument document, IElement? container)
    {
        // The container and its ancestors stay whatever their names; computed once, not per element.
        var spared = new HashSet<IElement>();
        for (var element = container; element is not null; element = element.ParentElement)
        {
            spared.Add(element);
        }

        var doomed = new List<IElement>();
        foreach (var element in document.All)
        {
            if (spared.Contains(element))
            {
                continue;
            }

            var name = element.LocalName;
            if (BoilerplateRules.RemovedElements.Contains(name, StringComparer.Ordinal)
                || (BoilerplateRules.RemovedOutsideArticle.Contains(name, StringComparer.Ordinal)
                    && (container is null || !container.Contains(element)))
                || element.HasAttribute("hidden")
                || string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase)
                || (element.GetAttribute("role") is { } role && BoilerplateRules.RemovedRoles.Contains(role))
                || HasBoilerplateWord(element.GetAttribute("class"))
                || HasBoilerplateWord(element.Id))
            {
                doomed.Add(element);
            }
        }

        foreach (var element in doomed)
        {
            element.Remove();
        }
    }

    private static bool HasBoilerplateWord(string? value) =>
        !string.IsNullOrEmpty(value)
        && value.Split([' ', '\t', '\n', '-', '_'], StringSplitOptions.RemoveEmptyEntries)
            .Any(BoilerplateRules.RemovedClassWords.Contains);

    /// <summary>The element's text, one paragraph per block, blank line between paragraphs, &lt;br&gt; as a line break.</summary>
    internal static string Paragraphs(INode root)
    {
        var paragraphs = new List<string>();
        var current = new StringBuilder();
        Walk(root, current, paragraphs);
        Flush(current, paragraphs);
        return string.Join("\n\n", paragraphs);
    }

    /// <summary>Depth-first walk with an explicit stack: hostile pages nest elements deeper than the call stack allows.</summary>
    private static void Walk(INode root, StringBuilder current, List<string> paragraphs)
    {
        var stack = new Stack<(INode Node, bool Closing)>();
        PushChildren(stack, root);
        while (stack.Count > 0)
        {
            var (node, closing) = stack.Pop();
            if (closing)
            {
                Flush(current, paragraphs);
                continue;
            }

            switch (node)
            {
                case IText text:
                    AppendCollapsed(current, text.Data);
                    break;
                case IElement element when string.Equals(element.LocalName, "br", StringComparison.Ordinal):
                    TrimTrailingSpace(current);
                    current.Append('\n');
                    break;
                case IElement element:
                    if (BoilerplateRules.BlockElements.Contains(element.LocalName))
                    {
                        Flush(current, paragraphs);
                        stack.Push((element, true));
                    }

                    PushChildren(stack, element);
                    break;
                default:
                    break;
            }
        }
    }

    private static void PushChildren(Stack<(INode Node, bool Closing)> stack, INode node)
    {
        for (var child = node.LastChild; child is not null; child = child.PreviousSibling)
        {
            stack.Push((child, false));
        }
    }

    private static void AppendCollapsed(StringBuilder current, string data)
    {
        foreach (var c in data)
        {
            if (char.IsWhiteSpace(c) && c != '\u00A0')
            {
                if (current.Length > 0 && current[^1] != ' ' && current[^1] != '\n')
                {
                    current.Append(' ');
                }
            }
            else
            {
                current.Append(c == '\u00A0' ? ' ' : c);
            }
        }
    }

    private static void TrimTrailingSpace(StringBuilder current)
    {
        while (current.Length > 0 && current[^1] == ' ')
        {
            current.Length--;
        }
    }

    private static void Flush(StringBuilder current, List<string> paragraphs)
    {
        var paragraph = current.ToString().Trim();
        current.Clear();
        if (paragraph.Length > 0)
        {
            // Lines of a <br>-broken paragraph lose the spaces around the break.
            paragraphs.Add(string.Join('\n', paragraph.Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0)));
        }
    }
}
