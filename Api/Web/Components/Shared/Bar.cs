namespace Telematics.Api.Web.Components.Shared;

/// <summary>One bar of a <see cref="BarList"/>: its label, its value (the bar's length), and the value as text with its unit.</summary>
public sealed record Bar(string Label, double Value, string Text);
