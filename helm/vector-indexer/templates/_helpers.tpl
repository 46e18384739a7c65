{{/*
Names and labels. Kubernetes names are at most 63 characters (DNS labels); the StatefulSet's pod
names add "-<ordinal>", and its controller-revision-hash label adds 11 more, so the fullname is cut
to 52 to leave room for both.
*/}}

{{- define "vector-indexer.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "vector-indexer.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 52 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 52 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 52 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{- define "vector-indexer.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/* Selector labels: stable across upgrades (a StatefulSet's selector is immutable). */}}
{{- define "vector-indexer.selectorLabels" -}}
app.kubernetes.io/name: {{ include "vector-indexer.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{- define "vector-indexer.labels" -}}
helm.sh/chart: {{ include "vector-indexer.chart" . }}
{{ include "vector-indexer.selectorLabels" . }}
app.kubernetes.io/version: {{ .Values.image.tag | default .Chart.AppVersion | trunc 63 | trimSuffix "-" | quote }}
app.kubernetes.io/component: indexer
app.kubernetes.io/part-of: vector-indexer
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- with .Values.commonLabels }}
{{ toYaml . }}
{{- end }}
{{- end }}

{{/* Labels that select the chart's test pod (and not the indexer's pods). */}}
{{- define "vector-indexer.testSelectorLabels" -}}
app.kubernetes.io/name: {{ include "vector-indexer.name" . }}-test
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{- define "vector-indexer.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "vector-indexer.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- default "default" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{/* Image reference: a digest wins over a tag; the tag defaults to the chart's appVersion. */}}
{{- define "vector-indexer.image" -}}
{{- $repo := .Values.image.repository }}
{{- if .Values.image.registry }}
{{- $repo = printf "%s/%s" .Values.image.registry .Values.image.repository }}
{{- end }}
{{- if .Values.image.digest }}
{{- printf "%s@%s" $repo .Values.image.digest }}
{{- else }}
{{- printf "%s:%s" $repo (.Values.image.tag | default .Chart.AppVersion) }}
{{- end }}
{{- end }}

{{/* The Kafka security protocol follows from the TLS and SASL switches. */}}
{{- define "vector-indexer.kafkaSecurityProtocol" -}}
{{- if and .Values.kafka.sasl.enabled .Values.kafka.tls.enabled }}SASL_SSL
{{- else if .Values.kafka.sasl.enabled }}SASL_PLAINTEXT
{{- else if .Values.kafka.tls.enabled }}SSL
{{- else }}PLAINTEXT
{{- end }}
{{- end }}

{{/* Name of the Secret the chart creates for inline credentials (values.*.value). */}}
{{- define "vector-indexer.secretName" -}}
{{- printf "%s-credentials" (include "vector-indexer.fullname" .) }}
{{- end }}

{{/* True when the chart has to create the credentials Secret. */}}
{{- define "vector-indexer.createSecret" -}}
{{- if or .Values.qdrant.apiKey.value .Values.embedding.remote.apiKey.value .Values.pii.hmacKey.value .Values.kafka.sasl.jaasConfig.value }}true{{- end }}
{{- end }}

{{/*
Rejects value combinations the schema cannot express. Included from NOTES.txt and from the
StatefulSet, so both `helm install` and `helm template --show-only` fail early, naming the value.
*/}}
{{- define "vector-indexer.validate" -}}
{{- $partitions := int .Values.kafka.partitions }}
{{- if and (not .Values.autoscaling.enabled) (gt (int .Values.replicaCount) $partitions) }}
{{- fail (printf "replicaCount (%d) is larger than kafka.partitions (%d): Kafka Streams cannot give the extra replicas any work. Lower replicaCount or raise kafka.partitions to the input topic's partition count." (int .Values.replicaCount) $partitions) }}
{{- end }}
{{- if .Values.autoscaling.enabled }}
{{- if gt (int .Values.autoscaling.maxReplicas) $partitions }}
{{- fail (printf "autoscaling.maxReplicas (%d) is larger than kafka.partitions (%d): replicas beyond the partition count stay idle. Lower autoscaling.maxReplicas." (int .Values.autoscaling.maxReplicas) $partitions) }}
{{- end }}
{{- if gt (int .Values.autoscaling.minReplicas) (int .Values.autoscaling.maxReplicas) }}
{{- fail (printf "autoscaling.minReplicas (%d) is larger than autoscaling.maxReplicas (%d)." (int .Values.autoscaling.minReplicas) (int .Values.autoscaling.maxReplicas)) }}
{{- end }}
{{- end }}
{{- if and .Values.kafka.tls.enabled (not .Values.kafka.tls.caSecret.name) }}
{{- fail "kafka.tls.enabled is true but kafka.tls.caSecret.name is empty: name the Secret that holds the Kafka cluster CA certificate (for Strimzi: <cluster>-cluster-ca-cert)." }}
{{- end }}
{{- if and .Values.kafka.tls.clientSecret.name (not .Values.kafka.tls.enabled) }}
{{- fail "kafka.tls.clientSecret.name is set but kafka.tls.enabled is false: a client certificate needs TLS." }}
{{- end }}
{{- if and .Values.kafka.sasl.enabled (not (or .Values.kafka.sasl.jaasConfig.existingSecret .Values.kafka.sasl.jaasConfig.value)) }}
{{- fail "kafka.sasl.enabled is true but neither kafka.sasl.jaasConfig.existingSecret nor kafka.sasl.jaasConfig.value is set." }}
{{- end }}
{{- if and .Values.kafka.sasl.jaasConfig.existingSecret .Values.kafka.sasl.jaasConfig.value }}
{{- fail "set only one of kafka.sasl.jaasConfig.existingSecret and kafka.sasl.jaasConfig.value." }}
{{- end }}
{{- if and .Values.qdrant.apiKey.existingSecret .Values.qdrant.apiKey.value }}
{{- fail "set only one of qdrant.apiKey.existingSecret and qdrant.apiKey.value." }}
{{- end }}
{{- if and .Values.embedding.remote.apiKey.existingSecret .Values.embedding.remote.apiKey.value }}
{{- fail "set only one of embedding.remote.apiKey.existingSecret and embedding.remote.apiKey.value." }}
{{- end }}
{{- if and (or .Values.embedding.remote.apiKey.existingSecret .Values.embedding.remote.apiKey.value) (not .Values.embedding.remote.url) }}
{{- fail "embedding.remote.apiKey is set but embedding.remote.url is empty." }}
{{- end }}
{{- if eq .Values.embedding.model "remote" }}
{{- if not .Values.embedding.remote.url }}
{{- fail "embedding.model is remote but embedding.remote.url is empty: give the base URL of the OpenAI-compatible embeddings server." }}
{{- end }}
{{- if kindIs "invalid" .Values.embedding.remote.dimension }}
{{- fail "embedding.model is remote but embedding.remote.dimension is not set: give the vector dimension the remote model returns (the collection is created with it)." }}
{{- end }}
{{- if lt (int64 .Values.embedding.remote.batchTokens) (int64 .Values.embedding.remote.maxTokens) }}
{{- fail (printf "embedding.remote.batchTokens (%d) is smaller than embedding.remote.maxTokens (%d): one longest chunk would not fit in a request." (int64 .Values.embedding.remote.batchTokens) (int64 .Values.embedding.remote.maxTokens)) }}
{{- end }}
{{- else if .Values.embedding.remote.url }}
{{- fail (printf "embedding.remote.url is set but embedding.model is %s: set embedding.model to remote to use the endpoint, or leave the URL empty." .Values.embedding.model) }}
{{- end }}
{{- if and .Values.networkPolicy.enabled .Values.networkPolicy.requireEgressPeers }}
{{- $missing := list }}
{{- if not .Values.networkPolicy.kafka.to }}{{- $missing = append $missing "networkPolicy.kafka.to" }}{{- end }}
{{- if not .Values.networkPolicy.qdrant.to }}{{- $missing = append $missing "networkPolicy.qdrant.to" }}{{- end }}
{{- if and (or .Values.registry.url .Values.registry.confluentUrl) (not .Values.networkPolicy.registry.to) }}{{- $missing = append $missing "networkPolicy.registry.to" }}{{- end }}
{{- if and (eq .Values.embedding.model "remote") (not .Values.networkPolicy.embedding.to) }}{{- $missing = append $missing "networkPolicy.embedding.to" }}{{- end }}
{{- if $missing }}
{{- fail (printf "networkPolicy.requireEgressPeers is true but %s is empty: name the peers (a namespaceSelector and podSelector, or an ipBlock)." (join ", " $missing)) }}
{{- end }}
{{- end }}
{{- with .Values.auth.jwt }}
{{- if and (or .issuer .audiences .jwksUrl) (not (and .issuer .audiences .jwksUrl)) }}
{{- fail "auth.jwt needs all of issuer, audiences and jwksUrl to accept bearer tokens (or none of them)." }}
{{- end }}
{{- end }}
{{- if and .Values.pii.hmacKey.existingSecret .Values.pii.hmacKey.value }}
{{- fail "set only one of pii.hmacKey.existingSecret and pii.hmacKey.value." }}
{{- end }}
{{- $hmacUsers := list }}
{{- if eq .Values.pii.defaultOperator "HMAC" }}{{- $hmacUsers = append $hmacUsers "pii.defaultOperator" }}{{- end }}
{{- range $type, $operator := .Values.pii.operators }}
{{- if eq $operator "HMAC" }}{{- $hmacUsers = append $hmacUsers (printf "pii.operators.%s" $type) }}{{- end }}
{{- end }}
{{- if and $hmacUsers (not (or .Values.pii.hmacKey.existingSecret .Values.pii.hmacKey.value)) }}
{{- fail (printf "%s is HMAC but pii.hmacKey is not set: name the Secret holding the HMAC key (at least 16 characters) in pii.hmacKey.existingSecret, or give pii.hmacKey.value for the chart to store in a Secret." (join ", " $hmacUsers)) }}
{{- end }}
{{- if and .Values.autoscaling.enabled (not (dig "requests" "cpu" "" .Values.resources)) }}
{{- fail "autoscaling.enabled needs resources.requests.cpu: the HorizontalPodAutoscaler scales on CPU utilisation relative to the request." }}
{{- end }}
{{- end }}
