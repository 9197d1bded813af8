# The API, built and published in one image. Node is needed at build time only: the build installs
# the Banana Cake Pop IDE from npm; nothing is fetched at run time.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
RUN apt-get update && apt-get install -y --no-install-recommends nodejs npm && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN dotnet publish src/GraphApi -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
COPY seeds /seeds
ENV Graph__Seeds=/seeds \
    Urls=http://0.0.0.0:5000
EXPOSE 5000
ENTRYPOINT ["dotnet", "GraphApi.dll"]
