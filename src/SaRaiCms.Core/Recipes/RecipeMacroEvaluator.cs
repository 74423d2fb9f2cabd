using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Jint;
using Jint.Runtime;
using Microsoft.Extensions.Configuration;
using SaRaiCms.ContentManagement;

namespace SaRaiCms.Recipes;

/// <summary>
/// Evaluates Orchard recipe macros in string values: <c>[js: expression]</c> with uuid(),
/// variables('x') (each evaluated once, then reused), parameters('Name'),
/// configuration('Key', 'default') and base64('...'), run by Jint. Any other macro scope
/// (such as <c>[file:text('x')]</c>) or function is refused with a message naming it.
/// </summary>
public sealed partial class RecipeMacroEvaluator
{
    private readonly Engine _engine;
    private readonly JsonObject _variableSources;
    private readonly Dictionary<string, object?> _variables = new(StringComparer.Ordinal);
    private readonly HashSet<string> _evaluating = new(StringComparer.Ordinal);
    private readonly IReadOnlyDictionary<string, string> _parameters;
    private readonly IConfiguration _configuration;

    public RecipeMacroEvaluator(JsonObject? variables, IReadOnlyDictionary<string, string> parameters, IConfiguration configuration, IIdGenerator ids)
    {
        _variableSources = variables ?? new JsonObject();
        _parameters = parameters;
        _configuration = configuration;
        _engine = new Engine(options => options.Strict().TimeoutInterval(TimeSpan.FromSeconds(5)).LimitRecursion(64));
        _engine.SetValue("uuid", new Func<string>(ids.GenerateUniqueId));
        _engine.SetValue("variables", new Func<string, object?>(Variable));
        _engine.SetValue("parameters", new Func<string, string>(Parameter));
        _engine.SetValue("configuration", new Func<string, object?, object?>((key, fallback) => _configuration[key] ?? fallback));
        _engine.SetValue("base64", new Func<string, string>(text => Encoding.UTF8.GetString(Convert.FromBase64String(text))));
    }

    [GeneratedRegex(@"^\s*\[(?<scope>[A-Za-z]+)\s*:(?<body>.*)\]\s*$", RegexOptions.Singleline)]
    private static partial Regex MacroPattern();

    /// <summary>Returns a copy of <paramref name="node"/> with every macro replaced by its value.</summary>
    public JsonNode? Evaluate(JsonNode? node, Func<string?, string, Exception> fail, string? item = null)
    {
        switch (node)
        {
            case JsonObject obj:
            {
                var result = new JsonObject();
                foreach (var (key, value) in obj)
                {
                    result[key] = Evaluate(value, fail, item);
                }

                return result;
            }

            case JsonArray array:
            {
                var result = new JsonArray();
                for (var i = 0; i < array.Count; i++)
                {
                    var element = array[i];
                    var label = item;
                    if (element is JsonObject child)
                    {
                        var own = LabelOf(child) ?? $"#{i + 1}";
                        label = item is null ? own : $"{item} › {own}";
                    }

                    result.Add(Evaluate(element, fail, label));
                }

                return result;
            }

            case JsonValue value when value.TryGetValue<string>(out var text):
                return EvaluateString(text, fail, item);

            default:
                return node?.DeepClone();
        }
    }

    private static string? LabelOf(JsonObject obj)
    {
        foreach (var key in new[] { "ContentItemId", "Name", "name" })
        {
            if (obj[key] is JsonValue v && v.TryGetValue<string>(out var s) && !string.IsNullOrEmpty(s))
            {
                return $"'{s}'";
            }
        }

        return null;
    }

    private JsonNode? EvaluateString(string text, Func<string?, string, Exception> fail, string? item)
    {
        var match = MacroPattern().Match(text);
        if (!match.Success)
        {
            return JsonValue.Create(text);
        }

        var scope = match.Groups["scope"].Value;
        if (!string.Equals(scope, "js", StringComparison.OrdinalIgnoreCase))
        {
            throw fail(item, $"the macro {text.Trim()} is not supported (only [js: ...] with uuid, variables, parameters, configuration and base64).");
        }

        try
        {
            return ToNode(Run(match.Groups["body"].Value));
        }
        catch (MacroException ex)
        {
            throw fail(item, $"the macro {text.Trim()} failed: {ex.Message}");
        }
        catch (JavaScriptException ex)
        {
            throw fail(item, $"the macro {text.Trim()} is not supported: {ex.Message}");
        }
        catch (Exception ex) when (ex is Acornima.ParseErrorException or FormatException or ArgumentException or InvalidOperationException)
        {
            throw fail(item, $"the macro {text.Trim()} could not be evaluated: {ex.Message}");
        }
    }

    private object? Run(string expression) => _engine.Evaluate(expression).ToObject();

    private object? Variable(string name)
    {
        if (_variables.TryGetValue(name, out var known))
        {
            return known;
        }

        if (!_variableSources.TryGetPropertyValue(name, out var source))
        {
            throw new MacroException($"the recipe has no variable '{name}'.");
        }

        if (!_evaluating.Add(name))
        {
            throw new MacroException($"variable '{name}' refers to itself.");
        }

        object? value;
        if (source is JsonValue v && v.TryGetValue<string>(out var text))
        {
            var match = MacroPattern().Match(text);
            value = !match.Success
                ? text
                : string.Equals(match.Groups["scope"].Value, "js", StringComparison.OrdinalIgnoreCase)
                    ? Run(match.Groups["body"].Value)
                    : throw new MacroException($"variable '{name}' uses an unsupported macro {text}.");
        }
        else
        {
            value = source?.ToJsonString();
        }

        _evaluating.Remove(name);
        _variables[name] = value;
        return value;
    }

    private string Parameter(string name)
        => _parameters.TryGetValue(name, out var value)
            ? value
            : throw new MacroException($"unknown parameter '{name}' (known: {string.Join(", ", _parameters.Keys)}).");

    private static JsonNode? ToNode(object? value) => value switch
    {
        null => null,
        string s => JsonValue.Create(s),
        bool b => JsonValue.Create(b),
        double d when d == Math.Floor(d) && Math.Abs(d) < long.MaxValue => JsonValue.Create((long)d),
        double d => JsonValue.Create(d),
        int i => JsonValue.Create(i),
        long l => JsonValue.Create(l),
        _ => JsonValue.Create(value.ToString()),
    };

    private sealed class MacroException(string message) : Exception(message);
}
