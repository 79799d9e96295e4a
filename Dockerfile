# One image for every node: the API (which co-hosts a silo) and the standalone silo, published in Release.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish Api/Api.csproj -c Release -o /app/api \
 && dotnet publish Silo/Silo.csproj -c Release -o /app/silo

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
ENV ASPNETCORE_ENVIRONMENT=Production
# Device ports: Teltonika TCP/UDP 5027, OsmAnd HTTP 5055; API 5000; a standalone silo's management port 5100; Orleans silo 11111, gateway 30000.
EXPOSE 5000 5027 5027/udp 5055 5100 11111 30000
ENTRYPOINT ["dotnet"]
CMD ["api/Telematics.Api.dll"]
